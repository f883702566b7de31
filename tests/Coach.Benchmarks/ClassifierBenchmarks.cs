using BenchmarkDotNet.Attributes;
using Coach.Analysis.Classification;

namespace Coach.Benchmarks;

/// <summary>
/// Classifying one utterance with every task of its speaker, on one thread (the target is a median of
/// at most 100 µs). Models come from <c>COACH_MODELS</c> or the shipped ones copied beside the binary.
/// </summary>
[MemoryDiagnoser]
public class ClassifierBenchmarks
{
    private UtteranceClassifier _classifier = null!;
    private UtteranceAnalysis _analysis = null!;

    [Params(
        "customer:每到月底财务都要加两三天班对账,真的很头疼",
        "customer:That's well over what we budgeted, and honestly our spreadsheets work fine.",
        "rep:如果对账能当天完成,对你们意味着什么?",
        "rep:Would you start with the Shanghai team or all regions?")]
    public string Line { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("COACH_MODELS") ?? Path.Combine(AppContext.BaseDirectory, "models");
        _classifier = UtteranceClassifier.Load(folder);
        _analysis = ClassifyAllTasksOfSpeaker();
    }

    [Benchmark]
    public UtteranceAnalysis ClassifyAllTasksOfSpeaker()
    {
        var colon = Line.IndexOf(':');
        var speaker = Line[..colon] == "rep" ? Speaker.Rep : Speaker.Customer;
        return _classifier.Classify(Line[(colon + 1)..], speaker);
    }

    /// <summary>Evidence for every label of the line (the line already classified), as a review screen asks for it.</summary>
    [Benchmark]
    public IReadOnlyList<LabelEvidence> ExplainAllTasksOfSpeaker()
    {
        var colon = Line.IndexOf(':');
        return _classifier.Explain(Line[(colon + 1)..], _analysis.Speaker, _analysis);
    }
}
