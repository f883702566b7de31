namespace Coach.Analysis.Storage;

/// <summary>A call as stored.</summary>
public sealed class CallRecord
{
    public required string Id { get; set; }

    public required string Owner { get; set; }

    /// <summary>The owner's team when the call started.</summary>
    public string? Team { get; set; }

    public string? Title { get; set; }

    public string? Lang { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public List<UtteranceRecord> Utterances { get; set; } = [];
}
