namespace Coach.Analysis.Review;

/// <summary>
/// A structured summary of a call built from its labels, without a language model: needs, objections,
/// buying signals and next steps, and a few sentences in the call's language that a coach reads first.
/// </summary>
/// <param name="Lang">zh or en.</param>
/// <param name="Needs">Customer lines with an explicit or latent need (false needs are left out); Kind is the need label.</param>
/// <param name="OpenObjections">Objections still unhandled at the end; Kind is the objection label.</param>
/// <param name="HandledObjections">Objections the rep dealt with.</param>
/// <param name="Signals">Every buying signal; Kind is the signal label.</param>
/// <param name="NextSteps">Customer next-step signals, and rep closes in the last third of the call (Kind is the close label).</param>
/// <param name="Text">Four or five short sentences built from the lists, quoting at most <see cref="LineQuote.MaxChars"/> characters of a line.</param>
public sealed record CallDigest(
    string Lang,
    IReadOnlyList<DigestItem> Needs,
    IReadOnlyList<DigestItem> OpenObjections,
    IReadOnlyList<DigestItem> HandledObjections,
    IReadOnlyList<DigestItem> Signals,
    IReadOnlyList<DigestItem> NextSteps,
    string Text);
