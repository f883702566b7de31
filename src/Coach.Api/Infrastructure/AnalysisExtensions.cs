using Coach.Analysis;
using Coach.Analysis.Classification;

namespace Coach.Api.Infrastructure;

public static class AnalysisExtensions
{
    public static WebApplicationBuilder AddCoachAnalysis(this WebApplicationBuilder builder)
    {
        builder.Services.AddCoachAnalysis(AppContext.BaseDirectory);
        builder.Services.AddOptions<UtteranceLimits>()
            .BindConfiguration(UtteranceLimits.Section)
            .Validate(o => o.MaxTextLength > 0, "Coach:Limits:MaxTextLength must be positive.")
            .ValidateOnStart();
        return builder;
    }

    /// <summary>Loads every model now, so a missing or corrupt file stops start-up with its name.</summary>
    public static WebApplication LoadCoachModels(this WebApplication app)
    {
        app.Services.GetRequiredService<UtteranceClassifier>();
        app.Logger.LogModelsLoaded(ClassifierTask.All.Count);
        return app;
    }
}
