using Coach.Analysis.Suggestions;

namespace Coach.Api.Apis;

/// <summary>Answer of <c>POST /api/analyze</c>: one label per task of the speaker, with probabilities.</summary>
public sealed record AnalyzeResponse(
    string Lang,
    string Speaker,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, float>> Scores,
    IReadOnlyList<Suggestion> Suggestions);
