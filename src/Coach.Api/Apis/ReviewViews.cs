using Coach.Analysis.Calls;
using Coach.Analysis.Review;
using Coach.Analysis.Storage;
using Coach.Analysis.Suggestions;

namespace Coach.Api.Apis;

/// <summary>A call as a coach reviews it: every line with its (corrected) labels, advice, comments and corrections.</summary>
public sealed record ReviewedCallView(
    string CallId,
    string Owner,
    string? Team,
    string? Title,
    string? Lang,
    string Source,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<ReviewedLineView> Utterances,
    Scorecard Scorecard,
    IReadOnlyList<CoachingPoint> CoachingPoints,
    CallDigest Digest);

/// <summary>A call's summary: a language model's when one is configured and answered, else the digest's (source "labels").</summary>
public sealed record CallSummaryView(string CallId, string Lang, string Source, string Text, CallDigest Digest);

/// <summary>
/// One line under review. <c>labels</c> are the labels in force (a coach's correction wins);
/// <c>modelLabels</c> is there only when a correction changed them.
/// </summary>
public sealed record ReviewedLineView(
    int Seq,
    string Speaker,
    string? Name,
    string Text,
    long? StartMs,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyDictionary<string, string>? ModelLabels,
    IReadOnlyList<Suggestion> Suggestions,
    IReadOnlyList<CommentView> Comments,
    IReadOnlyList<CorrectionView> Corrections,
    IReadOnlyList<FeedbackView> Feedback,
    string? OriginalText);

/// <summary>A rep's verdict on one of the line's suggestions.</summary>
public sealed record FeedbackView(string SuggestionId, string Kind, string Verdict, string Author, DateTimeOffset CreatedAt)
{
    public static FeedbackView From(FeedbackRecord f) => new(f.SuggestionId, f.Kind, f.Verdict, f.Author, f.CreatedAt);
}

public sealed record CommentView(int Id, int Seq, string Author, string Text, DateTimeOffset CreatedAt)
{
    public static CommentView From(CommentRecord c) => new(c.Id, c.Seq, c.Author, c.Text, c.CreatedAt);
}

public sealed record CorrectionView(string Task, string Label, string Previous, string Author, DateTimeOffset CreatedAt)
{
    public static CorrectionView From(CorrectionRecord c) => new(c.Task, c.Label, c.Previous, c.Author, c.CreatedAt);
}

public sealed record CommentRequest(string? Text);
