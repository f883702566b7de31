namespace Coach.Analysis.Classification;

/// <summary>
/// A part of an utterance that pushed its label up: characters [<see cref="Start"/>, <see cref="Start"/> +
/// <see cref="Length"/>) of the original text (UTF-16 indices, as JavaScript counts them), the text there,
/// and how much it added to the label's score over the average other label (log-odds, summed over the
/// features that point at this span).
/// </summary>
public sealed record EvidenceSpan(int Start, int Length, string Text, double Weight);
