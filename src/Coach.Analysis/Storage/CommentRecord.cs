namespace Coach.Analysis.Storage;

/// <summary>A coach's (or the rep's) comment on one line of a call.</summary>
public sealed class CommentRecord
{
    public int Id { get; set; }

    public required string CallId { get; set; }

    public int Seq { get; set; }

    public required string Author { get; set; }

    public required string Text { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
