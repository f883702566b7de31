namespace Coach.Analysis.Storage;

/// <summary>A line of a call as stored, keyed by call and the sender's seq; labels and advice as JSON.</summary>
public sealed class UtteranceRecord
{
    public required string CallId { get; set; }

    public int Seq { get; set; }

    public required string Speaker { get; set; }

    public string? Name { get; set; }

    /// <summary>What was said, personal data masked.</summary>
    public required string Text { get; set; }

    /// <summary>The unmasked text, only when an admin keeps originals (Coach:Redaction:KeepOriginal).</summary>
    public string? OriginalText { get; set; }

    public long? StartMs { get; set; }

    public required string LabelsJson { get; set; }

    public required string SuggestionsJson { get; set; }


    public DateTimeOffset ReceivedAt { get; set; }
}
