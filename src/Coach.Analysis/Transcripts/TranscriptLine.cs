using Coach.Analysis.Classification;

namespace Coach.Analysis.Transcripts;

/// <summary>
/// One utterance of an uploaded transcript. <paramref name="SourceLine"/> is the 1-based line of the
/// file where the utterance begins (for JSON, the line where its object in <c>utterances</c> opens).
/// </summary>
public sealed record TranscriptLine(Speaker Speaker, string? Name, string Text, long? StartMs, int SourceLine);
