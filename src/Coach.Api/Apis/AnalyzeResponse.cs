using Coach.Analysis.Classification;
using Coach.Analysis.Suggestions;

namespace Coach.Api.Apis;

/// <summary>Answer of <c>POST /api/analyze</c>: one label per task of the speaker, with probabilities and the spans that drove each label.
/// <c>text</c> is the line as read (personal data masked): the spans' offsets refer to it.</summary>
public sealed record AnalyzeResponse(
    string Lang,
    string Speaker,
    string Text,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, float>> Scores,
    IReadOnlyList<Suggestion> Suggestions,
    IReadOnlyList<LabelEvidence> Evidence);
