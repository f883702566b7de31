using Coach.Analysis.Classification;
using Microsoft.Extensions.Options;

namespace Coach.Api.Apis;

/// <summary><c>GET /api/models</c>: each model with its version and its published per-label precision, recall and F1.</summary>
public static class ModelsApi
{
    public static IEndpointRouteBuilder MapModelsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/models", (UtteranceClassifier classifier, IOptions<ClassifierOptions> options) =>
                TypedResults.Ok(ModelCatalog.Read(classifier, Path.Combine(AppContext.BaseDirectory, options.Value.Path))))
            .WithTags("Models").WithName("ListModels");
        return app;
    }
}
