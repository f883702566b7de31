namespace Coach.Analysis.Storage;

/// <summary>
/// Which stored calls to list. Access: <see cref="Owner"/> narrows to one owner's calls; <see cref="Team"/> to a
/// team's calls plus those of <see cref="OrOwner"/> (a coach's own calls). Search: <see cref="Rep"/> (the
/// owner's name), <see cref="Tags"/> (all must be present, see <c>CallTags</c>), <see cref="Text"/> (said on
/// any line), <see cref="From"/>/<see cref="To"/> (start time). <see cref="Before"/> pages, newest first.
/// </summary>
public sealed record CallQuery(string? Owner = null, string? Team = null, string? OrOwner = null, DateTimeOffset? Before = null,
    int Take = 50, string? Rep = null, IReadOnlyList<string>? Tags = null, string? Text = null, DateTimeOffset? From = null,
    DateTimeOffset? To = null);

/// <summary>One line of a call list.</summary>
public sealed record CallSummary(string CallId, string Owner, string? Team, string? Title, string? Lang, string Source,
    DateTimeOffset StartedAt, DateTimeOffset? EndedAt, int Lines, IReadOnlyList<string> Tags);
