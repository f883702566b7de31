namespace Coach.Analysis.Transcripts;

/// <summary>
/// A finished call read from an uploaded file. <paramref name="SidesGuessed"/> is true when no rep
/// names were given and the first named speaker was taken to be the rep.
/// </summary>
public sealed record Transcript(string? Title, string? Lang, IReadOnlyList<TranscriptLine> Lines, bool SidesGuessed);
