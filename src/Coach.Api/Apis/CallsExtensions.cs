using Coach.Analysis.Calls;
using Coach.Analysis.Classification;
using Coach.Analysis.Privacy;
using Coach.Analysis.Storage;
using Coach.Analysis.Suggestions;
using Coach.Analysis.Transcripts;
using Microsoft.Extensions.Options;

namespace Coach.Api.Apis;

public static class CallsExtensions
{
    /// <summary>Calls: the live registry, the transcript importer and its limits (<c>Coach:Import</c>).</summary>
    public static WebApplicationBuilder AddCoachCalls(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TranscriptLimits>().BindConfiguration(TranscriptLimits.Section)
            .Validate(o => o.MaxBytes > 0 && o.MaxLines > 0 && o.MaxTextLength > 0, "Coach:Import limits must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => new CallRegistry(sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<SuggestionOptions>>().Value, sp.GetRequiredService<CallStore>(), sp.GetRequiredService<Redactor>()));
        builder.Services.AddSingleton(sp => new CallImporter(sp.GetRequiredService<UtteranceClassifier>(),
            sp.GetRequiredService<SuggestionEngine>(), sp.GetRequiredService<IOptions<SuggestionOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<CallStore>(), sp.GetRequiredService<Redactor>()));
        return builder;
    }

    public static IEndpointRouteBuilder MapCoachCalls(this IEndpointRouteBuilder app)
    {
        app.MapImportApi();
        app.MapCallsApi();
        return app;
    }
}
