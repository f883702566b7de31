namespace Coach.Analysis.Calls;

/// <summary>How a call went, from its labeled lines.</summary>
public sealed record Scorecard(
    int Lines,
    double TalkRatio,
    int LongestRepMonologue,
    IReadOnlyDictionary<string, int> QuestionsBySpinType,
    IReadOnlyDictionary<string, int> NeedsByKind,
    int ObjectionsRaised,
    int ObjectionsHandled,
    IReadOnlyList<string> UnhandledObjections,
    int SignalsCaught,
    int SignalsMissed,
    IReadOnlyDictionary<string, int> ClosesAttempted,
    string Stage,
    IReadOnlyList<int> MissingSeqs)
{
    public static Scorecard From(CallState state, IReadOnlyList<CallLine> lines)
    {
        var longest = 0;
        var run = 0;
        foreach (var line in lines.OrderBy(l => l.Seq))
        {
            run = line.Speaker == "rep" ? run + line.Text.Length : 0;
            longest = Math.Max(longest, run);
        }

        var maxSeq = lines.Count == 0 ? 0 : lines.Max(l => l.Seq);
        var present = lines.Select(l => l.Seq).ToHashSet();
        return new Scorecard(
            lines.Count,
            Math.Round(state.TalkRatio, 3),
            longest,
            state.SpinMix.Where(kv => kv.Key != "not_question").ToDictionary(),
            state.Needs.ToDictionary(),
            state.Objections.Count,
            state.Objections.Count(o => o.Handled),
            [.. state.Objections.Where(o => !o.Handled).Select(o => $"{o.Kind}@{o.Seq}")],
            state.Signals.Count(s => s.ActedOn),
            state.Signals.Count(s => s.Missed),
            state.Closes.ToDictionary(),
            state.Stage.ToString(),
            [.. Enumerable.Range(1, maxSeq).Where(s => !present.Contains(s))]);
    }
}
