using Coach.Analysis;
using Coach.Analysis.Classification;
using Coach.Analysis.Playbook;

namespace Coach.Api.Infrastructure;

public static class AnalysisExtensions
{
    public static WebApplicationBuilder AddCoachAnalysis(this WebApplicationBuilder builder)
    {
        builder.Services.AddCoachAnalysis(AppContext.BaseDirectory);
        builder.Services.AddCoachPlaybook(AppContext.BaseDirectory, builder.Environment.ContentRootPath);
        builder.Services.AddHostedService<PlaybookRefresher>();
        builder.Services.AddCoachSuggestions();
        builder.Services.AddCoachRedaction();
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

    /// <summary>Loads and indexes the playbook now, so search works from the first request.</summary>
    public static async Task<WebApplication> LoadCoachPlaybookAsync(this WebApplication app)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var store = app.Services.GetRequiredService<PlaybookStore>();
        await store.LoadAsync(app.Lifetime.ApplicationStopping);
        app.Logger.LogPlaybookIndexed(store.Snippets.Count, app.Services.GetRequiredService<IPlaybookIndex>().Name,
            clock.ElapsedMilliseconds);
        return app;
    }
}
