using Coach.Analysis.Classification;

namespace Coach.Analysis.Tests.Classification;

/// <summary>Loads the shipped models once for the tests that use them.</summary>
public sealed class ShippedModelsFixture
{
    public UtteranceClassifier Classifier { get; } = UtteranceClassifier.Load(TestPaths.Models);
}
