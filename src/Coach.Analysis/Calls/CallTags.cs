using Coach.Analysis.Classification;

namespace Coach.Analysis.Calls;

/// <summary>
/// The tags a call is found by across calls: every label its lines carry (<c>objection.price</c>,
/// <c>need.latent</c>, <c>close.alternative</c>…), each objection left open (<c>unhandled.price</c>,
/// and <c>unhandled</c>) and <c>missed.signal</c>. Stored space-padded so that one tag is matched as
/// <c>LIKE '% objection.price %'</c> on any database.
/// </summary>
public static class CallTags
{
    public static string From(IEnumerable<LabeledLine> lines, CallState state)
    {
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            foreach (var task in ClassifierTask.For(line.Speaker))
            {
                var label = line.Label(task.Name);
                if (label != task.NoneLabel)
                {
                    tags.Add($"{task.Name}.{label}");
                }
            }
        }

        foreach (var open in state.Objections.Where(o => !o.Handled))
        {
            tags.Add("unhandled");
            tags.Add($"unhandled.{open.Kind}");
        }

        if (state.Signals.Any(s => s.Missed))
        {
            tags.Add("missed.signal");
        }

        return " " + string.Join(' ', tags) + " ";
    }

    /// <summary>The stored form of one tag to search for.</summary>
    public static string Pattern(string tag) => $"% {tag} %";
}
