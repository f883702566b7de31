namespace Coach.Analysis.Transcripts;

/// <summary>An utterance as a reader found it: a speaker's name (if the file gives one) but no side yet.</summary>
internal sealed record NamedUtterance(string? Name, string Text, long? StartMs, int SourceLine);
