using Coach.Analysis.Calls;

namespace Coach.Analysis.Review;

/// <summary>Builds the <see cref="CallDigest"/> of a call from its labels and final state.</summary>
public static class CallDigests
{
    /// <summary>Rep closes count as next steps only in this last share of the call.</summary>
    public const double NextStepTail = 1.0 / 3;

    /// <summary>The digest of a call.</summary>
    /// <param name="lines">The call's lines (any order; read by seq).</param>
    /// <param name="state">The state after applying all <paramref name="lines"/> in order.</param>
    /// <param name="lang">zh for Chinese text; anything else gives English.</param>
    public static CallDigest Build(IReadOnlyList<CallLine> lines, CallState state, string lang)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(state);
        var call = new ReviewLines(lines);
        var zh = ReviewText.IsZh(lang);

        List<DigestItem> needs = [.. call.Customer
            .Where(l => ReviewLines.Label(l, "need") is "explicit" or "latent")
            .Select(l => Item(l.Seq, ReviewLines.Label(l, "need"), l.Text))];
        List<DigestItem> open = [.. state.Objections.Where(o => !o.Handled).OrderBy(o => o.Seq).Select(o => Item(o.Seq, o.Kind, call.Text(o.Seq)))];
        List<DigestItem> handled = [.. state.Objections.Where(o => o.Handled).OrderBy(o => o.Seq).Select(o => Item(o.Seq, o.Kind, call.Text(o.Seq)))];
        List<DigestItem> signals = [.. state.Signals.OrderBy(s => s.Seq).Select(s => Item(s.Seq, s.Kind, call.Text(s.Seq)))];
        List<DigestItem> nextSteps = [.. NextSteps(call)];

        var text = string.Join(zh ? "" : " ",
            ReviewText.DigestNeeds(zh, needs),
            ReviewText.DigestObjections(zh, open, handled),
            ReviewText.DigestSignals(zh, signals),
            ReviewText.DigestNextSteps(zh, nextSteps));
        return new CallDigest(zh ? "zh" : "en", needs, open, handled, signals, nextSteps, text);
    }

    /// <summary>Customer next-step signals anywhere, and rep closing attempts in the last third of the call.</summary>
    private static IEnumerable<DigestItem> NextSteps(ReviewLines call)
    {
        var tailStart = call.Count - (int)Math.Ceiling(call.Count * NextStepTail);
        for (var i = 0; i < call.Count; i++)
        {
            var line = call.All[i];
            if (!ReviewLines.IsRep(line) && ReviewLines.Label(line, "signal") == "next_step")
            {
                yield return Item(line.Seq, "next_step", line.Text);
            }
            else if (ReviewLines.IsRep(line) && i >= tailStart && ReviewLines.Label(line, "close") is var close && close != "none")
            {
                yield return Item(line.Seq, close, line.Text);
            }
        }
    }

    private static DigestItem Item(int seq, string kind, string text) => new(seq, kind, LineQuote.Clip(text));
}
