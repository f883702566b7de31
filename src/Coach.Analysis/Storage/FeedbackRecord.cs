namespace Coach.Analysis.Storage;

/// <summary>A rep's verdict on one suggestion (used, dismissed or wrong); one per suggestion and person, the latest kept.</summary>
public sealed class FeedbackRecord
{
    public int Id { get; set; }

    public required string CallId { get; set; }

    public int Seq { get; set; }

    public required string SuggestionId { get; set; }

    public required string Kind { get; set; }

    /// <summary>The playbook snippets the suggestion named, space-separated.</summary>
    public string Snippets { get; set; } = "";

    public required string Verdict { get; set; }

    public required string Author { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
