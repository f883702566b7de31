using Coach.Analysis.Classification;
using Coach.Analysis.Suggestions;

namespace Coach.Analysis.Calls;

/// <summary>
/// A stored line of a call: what was said, its labels and the advice it prompted. <see cref="Text"/> has personal
/// data masked; <see cref="OriginalText"/> is set only when an admin keeps originals (Coach:Redaction:KeepOriginal).
/// </summary>
public sealed record CallLine(
    int Seq,
    string Speaker,
    string? Name,
    string Text,
    long? StartMs,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<Suggestion> Suggestions,
    string? OriginalText = null)
{
    /// <summary>The line as the call state reads it.</summary>
    public LabeledLine ToLabeled()
    {
        SpeakerNames.TryParse(Speaker, out var speaker);
        return new LabeledLine(Seq, speaker, Text, Labels);
    }
}
