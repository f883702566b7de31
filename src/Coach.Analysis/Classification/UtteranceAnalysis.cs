namespace Coach.Analysis.Classification;

/// <summary>The labels of one utterance: one label per task of its speaker, with each label's probability.</summary>
public sealed record UtteranceAnalysis(
    string Lang,
    Speaker Speaker,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, float>> Scores);
