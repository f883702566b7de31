using Coach.Analysis.Calls;
using Coach.Analysis.Classification;
using Coach.Analysis.Suggestions;

namespace Coach.Analysis.Review;

/// <summary>
/// Replays stored calls through the current models, rules and playbook and reports what would change:
/// labels by task, suggestions added and removed by kind, with examples. Run it before shipping a new
/// model or a playbook edit.
/// </summary>
public sealed class Backtest(UtteranceClassifier classifier, SuggestionEngine engine, SuggestionOptions options, int examplesPerKind = 3)
{
    public async Task<BacktestReport> RunAsync(IAsyncEnumerable<StoredCall> calls, CancellationToken ct)
    {
        var report = new BacktestBuilder(examplesPerKind);
        await foreach (var stored in calls.WithCancellation(ct))
        {
            var replay = new CallSession(stored.CallId, "backtest", null, null, stored.Lang, DateTimeOffset.UnixEpoch, options);
            report.Calls++;
            foreach (var before in stored.Lines.OrderBy(l => l.Seq))
            {
                SpeakerNames.TryParse(before.Speaker, out var speaker);
                var (after, _) = await replay.AddAsync(before.Seq, speaker, before.Text, before.Name, before.StartMs, classifier, engine, ct);
                report.Compare(stored.CallId, before, after);
            }
        }

        return report.Build();
    }
}

/// <summary>A stored call to replay: its lines as they were labeled and advised then.</summary>
public sealed record StoredCall(string CallId, string? Lang, IReadOnlyList<CallLine> Lines);

/// <summary>What a backtest found.</summary>
public sealed record BacktestReport(
    int Calls,
    int Lines,
    IReadOnlyDictionary<string, BacktestCount> LabelsChanged,
    IReadOnlyDictionary<string, BacktestCount> SuggestionsAdded,
    IReadOnlyDictionary<string, BacktestCount> SuggestionsRemoved);

/// <summary>How many, and a few examples (call, line, before → after, the line's text clipped).</summary>
public sealed record BacktestCount(int Count, IReadOnlyList<string> Examples);

internal sealed class BacktestBuilder(int examplesPerKind)
{
    private readonly Dictionary<string, (int Count, List<string> Examples)> _labels = [];
    private readonly Dictionary<string, (int Count, List<string> Examples)> _added = [];
    private readonly Dictionary<string, (int Count, List<string> Examples)> _removed = [];
    private int _lines;

    public int Calls { get; set; }

    public void Compare(string callId, CallLine before, CallLine after)
    {
        _lines++;
        var quote = LineQuote.Clip(before.Text);
        foreach (var (task, label) in after.Labels)
        {
            var old = before.Labels.GetValueOrDefault(task, "none");
            if (old != label)
            {
                Add(_labels, task, $"{callId}#{before.Seq}: {old} → {label}: {quote}");
            }
        }

        var was = before.Suggestions.Select(Key).ToHashSet();
        var now = after.Suggestions.Select(Key).ToHashSet();
        foreach (var suggestion in after.Suggestions.Where(s => !was.Contains(Key(s))))
        {
            Add(_added, suggestion.Kind, $"{callId}#{before.Seq} ({suggestion.Situations[0]}): {quote}");
        }

        foreach (var suggestion in before.Suggestions.Where(s => !now.Contains(Key(s))))
        {
            Add(_removed, suggestion.Kind, $"{callId}#{before.Seq} ({suggestion.Situations[0]}): {quote}");
        }
    }

    public BacktestReport Build() => new(Calls, _lines, Freeze(_labels), Freeze(_added), Freeze(_removed));

    private static string Key(Suggestion s) => s.Kind + ":" + s.Situations[0];

    private void Add(Dictionary<string, (int Count, List<string> Examples)> tally, string key, string example)
    {
        var (count, examples) = tally.GetValueOrDefault(key, (0, []));
        if (examples.Count < examplesPerKind)
        {
            examples.Add(example);
        }

        tally[key] = (count + 1, examples);
    }

    private static SortedDictionary<string, BacktestCount> Freeze(Dictionary<string, (int Count, List<string> Examples)> tally) =>
        new(tally.ToDictionary(kv => kv.Key, kv => new BacktestCount(kv.Value.Count, kv.Value.Examples)), StringComparer.Ordinal);
}
