namespace Coach.Analysis.Storage;

/// <summary>
/// Which stored calls to list: <see cref="Owner"/> narrows to one owner's calls; <see cref="Team"/> to a
/// team's calls plus those of <see cref="OrOwner"/> (a coach's own calls); <see cref="Before"/> pages.
/// </summary>
public sealed record CallQuery(string? Owner = null, string? Team = null, string? OrOwner = null, DateTimeOffset? Before = null,
    int Take = 50);

/// <summary>One line of a call list.</summary>
public sealed record CallSummary(string CallId, string Owner, string? Team, string? Title, string? Lang, DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt, int Lines);
