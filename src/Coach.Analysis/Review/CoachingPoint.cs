namespace Coach.Analysis.Review;

/// <summary>
/// One thing a coach should raise about a finished call: what went wrong, on which lines, and what to do instead.
/// </summary>
/// <param name="Kind">A stable id from <see cref="CoachingPointKinds"/>.</param>
/// <param name="Title">A short heading in the call's language.</param>
/// <param name="Detail">One or two sentences in the call's language: what happened, where, and the method to use instead.</param>
/// <param name="Seqs">The lines the point is about, ascending; for a point about the whole call, its most telling lines.</param>
/// <param name="Severity">How much it matters, 0–1; see <see cref="CoachingPoints"/> for the weights.</param>
public sealed record CoachingPoint(string Kind, string Title, string Detail, IReadOnlyList<int> Seqs, double Severity);
