using Coach.Analysis.Classification;
using Coach.Analysis.Playbook;
using Coach.Analysis.Playbook.Qdrant;
using Coach.Analysis.Playbook.Semantic;
using Coach.Analysis.Privacy;
using Coach.Analysis.Suggestions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Coach.Analysis;

public static class AnalysisServiceCollectionExtensions
{
    /// <summary>
    /// Registers the utterance classifiers, loaded once from <c>Coach:Models:Path</c> (relative paths
    /// against <paramref name="baseFolder"/>).
    /// </summary>
    public static IServiceCollection AddCoachAnalysis(this IServiceCollection services, string baseFolder)
    {
        services.AddOptions<ClassifierOptions>()
            .BindConfiguration(ClassifierOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Coach:Models:Path must name a folder.")
            .ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ClassifierOptions>>().Value;
            return UtteranceClassifier.Load(Path.Combine(baseFolder, options.Path));
        });
        return services;
    }

    /// <summary>
    /// Registers the playbook: the in-process index, the store of shipped snippets and admins' edits,
    /// and search. <paramref name="baseFolder"/> anchors the shipped playbook, <paramref name="contentRoot"/> the edits.
    /// </summary>
    public static IServiceCollection AddCoachPlaybook(this IServiceCollection services, string baseFolder, string contentRoot)
    {
        services.AddOptions<PlaybookOptions>()
            .BindConfiguration(PlaybookOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path) && !string.IsNullOrWhiteSpace(o.EditsPath),
                "Coach:Playbook:Path and Coach:Playbook:EditsPath must name folders.")
            .ValidateOnStart();
        services.AddOptions<QdrantOptions>()
            .BindConfiguration(QdrantOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.Url) || Uri.TryCreate(o.Url, UriKind.Absolute, out _), "Coach:Playbook:Qdrant:Url must be an absolute URL.")
            .ValidateOnStart();
        services.AddHttpClient("qdrant", (sp, http) =>
        {
            var url = sp.GetRequiredService<IOptions<QdrantOptions>>().Value.Url;
            if (!string.IsNullOrWhiteSpace(url))
            {
                http.BaseAddress = new Uri(url.EndsWith('/') ? url : url + "/");
            }
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<InProcessPlaybookIndex>();
        services.AddSingleton<IPlaybookIndex>(sp =>
        {
            var qdrant = sp.GetRequiredService<IOptions<QdrantOptions>>().Value;
            var local = sp.GetRequiredService<InProcessPlaybookIndex>();
            return string.IsNullOrWhiteSpace(qdrant.Url)
                ? local
                : new FallbackPlaybookIndex(
                    new QdrantPlaybookIndex(sp.GetRequiredService<IHttpClientFactory>().CreateClient("qdrant"), qdrant,
                        sp.GetService<IEmbeddingGenerator<string, Embedding<float>>>()),
                    local, qdrant, sp.GetRequiredService<ILogger<FallbackPlaybookIndex>>(), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PlaybookOptions>>().Value;
            return new PlaybookStore(Path.Combine(baseFolder, options.Path), Path.Combine(contentRoot, options.EditsPath),
                sp.GetRequiredService<IPlaybookIndex>(), sp.GetService<SemanticRanker>());
        });
        services.AddSingleton(sp => QueryUnderstanding.Load(sp.GetRequiredService<UtteranceClassifier>(),
            Path.Combine(baseFolder, sp.GetRequiredService<IOptions<PlaybookOptions>>().Value.Path),
            Path.Combine(baseFolder, sp.GetRequiredService<IOptions<ClassifierOptions>>().Value.Path)));
        services.AddOptions<EmbeddingOptions>()
            .BindConfiguration(EmbeddingOptions.Section)
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _),
                "Coach:Playbook:Embeddings:Endpoint must be an absolute URL.")
            .ValidateOnStart();
        services.AddSingleton(sp => new PlaybookSearch(sp.GetRequiredService<IPlaybookIndex>(),
            sp.GetRequiredService<QueryUnderstanding>(), sp.GetService<SemanticRanker>(),
            sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value.Weight));
        return services;
    }

    /// <summary>Registers the suggestion engine (section <c>Coach:Suggestions</c>).</summary>
    public static IServiceCollection AddCoachSuggestions(this IServiceCollection services)
    {
        services.AddOptions<SuggestionOptions>()
            .BindConfiguration(SuggestionOptions.Section)
            .Validate(o => o.CooldownLines >= 0 && o.SnippetsPerSuggestion is >= 0 and <= 10, "Coach:Suggestions values are out of range.")
            .ValidateOnStart();
        services.AddSingleton(sp => new SuggestionEngine(sp.GetRequiredService<PlaybookSearch>(),
            sp.GetRequiredService<IOptions<SuggestionOptions>>().Value));
        return services;
    }

    /// <summary>
    /// Registers the redactor that masks personal data in lines (section <c>Coach:Redaction</c>), built once;
    /// configured patterns that are not valid regular expressions stop the start.
    /// </summary>
    public static IServiceCollection AddCoachRedaction(this IServiceCollection services)
    {
        services.AddOptions<RedactionOptions>()
            .BindConfiguration(RedactionOptions.Section)
            .Validate(o => Redactor.Problem(o) is null,
                "Coach:Redaction is invalid: each of Patterns needs a Name and a valid regular expression, Disabled may name "
                + "email, phone, id-number and bank-card, and MatchTimeoutMilliseconds must be positive.")
            .ValidateOnStart();
        services.AddSingleton(sp => new Redactor(sp.GetRequiredService<IOptions<RedactionOptions>>().Value));
        return services;
    }
}
