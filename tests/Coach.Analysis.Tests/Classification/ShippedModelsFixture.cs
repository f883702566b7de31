using Coach.Analysis.Classification;
using Coach.Analysis.Playbook;

namespace Coach.Analysis.Tests.Classification;

/// <summary>Loads the shipped models once for the tests that use them.</summary>
public sealed class ShippedModelsFixture
{
    public UtteranceClassifier Classifier { get; } = UtteranceClassifier.Load(TestPaths.Models);

    /// <summary>Search over the shipped playbook, in process, with the shipped models reading the queries.</summary>
    public async Task<PlaybookSearch> ShippedSearchAsync()
    {
        var index = new InProcessPlaybookIndex();
        await index.UpsertAsync(PlaybookLoader.LoadFolder(TestPaths.Playbook).ToList(), CancellationToken.None);
        return new PlaybookSearch(index, QueryUnderstanding.Load(Classifier, TestPaths.Playbook, TestPaths.Models));
    }
}
