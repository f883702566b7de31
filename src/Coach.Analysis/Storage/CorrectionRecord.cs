namespace Coach.Analysis.Storage;

/// <summary>
/// A coach's correction of one task's label on one line: who, when, the model's label and the right one.
/// The newest correction of a (line, task) wins; all are kept as the history.
/// </summary>
public sealed class CorrectionRecord
{
    public int Id { get; set; }

    public required string CallId { get; set; }

    public int Seq { get; set; }

    /// <summary>need, signal, objection, spin or close.</summary>
    public required string Task { get; set; }

    public required string Label { get; set; }

    /// <summary>The model's label at the time.</summary>
    public required string Previous { get; set; }

    public required string Author { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
