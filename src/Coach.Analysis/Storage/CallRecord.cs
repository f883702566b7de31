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

    /// <summary>live (through the hub) or import (an uploaded transcript).</summary>
    public string Source { get; set; } = "live";

    /// <summary>
    /// What the call holds, for searching across calls: space-separated and space-padded tags such as
    /// <c>objection.price</c>, <c>unhandled.price</c>, <c>missed.signal</c> (see <c>CallTags</c>).
    /// </summary>
    public string Tags { get; set; } = " ";

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public List<UtteranceRecord> Utterances { get; set; } = [];
}
