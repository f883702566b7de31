namespace Coach.Analysis.Transcripts;

/// <summary>Limits on uploaded transcripts (section <c>Coach:Import</c>).</summary>
public sealed class TranscriptLimits
{
    public const string Section = "Coach:Import";

    /// <summary>Largest file accepted, in bytes. A one-hour call as WebVTT is about 100 KB.</summary>
    public int MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Most utterances accepted in one transcript.</summary>
    public int MaxLines { get; set; } = 5000;

    /// <summary>Longest utterance accepted, in characters (as for live utterances).</summary>
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>Longest title accepted, in characters.</summary>
    public int MaxTitleLength { get; set; } = 200;

    /// <summary>Longest speaker name accepted, in characters (what the call store keeps).</summary>
    public int MaxNameLength { get; set; } = 200;
}
