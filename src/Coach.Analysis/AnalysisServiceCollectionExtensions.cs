using Coach.Analysis.Classification;
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
}
