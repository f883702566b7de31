using Coach.Analysis.Calls;
using Coach.Analysis.Classification;

namespace Coach.Analysis.Review;

/// <summary>The lines of a call in seq order, with the look-ups a review needs.</summary>
internal sealed class ReviewLines
{
    private readonly Dictionary<int, int> _index = [];

    public ReviewLines(IReadOnlyList<CallLine> lines)
    {
        All = [.. lines.OrderBy(l => l.Seq)];
        for (var i = 0; i < All.Count; i++)
        {
            _index[All[i].Seq] = i;
        }
    }

    public IReadOnlyList<CallLine> All { get; }

    public int Count => All.Count;

    public IEnumerable<CallLine> Rep => All.Where(IsRep);

    public IEnumerable<CallLine> Customer => All.Where(l => !IsRep(l));

    public static bool IsRep(CallLine line) => line.Speaker == SpeakerNames.Rep;

    public static string Label(CallLine line, string task) => line.Labels.TryGetValue(task, out var label) ? label : "none";

    /// <summary>Where <paramref name="seq"/> falls in the call: 0 at the first line, 1 at the last (1 when unknown).</summary>
    public double Position(int seq) =>
        All.Count <= 1 || !_index.TryGetValue(seq, out var i) ? 1 : (double)i / (All.Count - 1);

    public string Text(int seq) => _index.TryGetValue(seq, out var i) ? All[i].Text : "";

    /// <summary>Up to <paramref name="count"/> rep lines after <paramref name="seq"/>.</summary>
    public IEnumerable<CallLine> RepLinesAfter(int seq, int count) => All.Where(l => l.Seq > seq && IsRep(l)).Take(count);

    /// <summary>The longest stretch of rep lines with no customer line between, by characters; empty when the rep never spoke.</summary>
    public IReadOnlyList<CallLine> LongestMonologue()
    {
        List<CallLine> best = [], run = [];
        int bestChars = 0, runChars = 0;
        foreach (var line in All)
        {
            if (!IsRep(line))
            {
                run = [];
                runChars = 0;
                continue;
            }

            run.Add(line);
            runChars += line.Text.Length;
            if (runChars > bestChars)
            {
                best = [.. run];
                bestChars = runChars;
            }
        }

        return best;
    }
}
