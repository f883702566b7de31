namespace Coach.Analysis.Storage;

/// <summary>What people added to a call: comments, label corrections, and reps' verdicts on suggestions.</summary>
public sealed record CallNotes(IReadOnlyList<CommentRecord> Comments, IReadOnlyList<CorrectionRecord> Corrections,
    IReadOnlyList<FeedbackRecord> Feedback);
