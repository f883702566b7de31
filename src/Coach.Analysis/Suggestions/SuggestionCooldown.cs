namespace Coach.Analysis.Suggestions;

/// <summary>Remembers, per call, when each piece of advice was last given, so it is not repeated within the cool-down.</summary>
public sealed class SuggestionCooldown(int cooldownLines)
{
    private readonly Dictionary<string, int> _lastSeq = [];

    /// <summary>
    /// True (and remembered) when this advice (its kind for its main situation) was not given within the
    /// cool-down before <paramref name="seq"/>.
    /// </summary>
    public bool TryUse(string kind, string situation, int seq)
    {
        var key = kind + ":" + situation;
        if (_lastSeq.TryGetValue(key, out var last) && seq - last < cooldownLines && seq >= last)
        {
            return false;
        }

        _lastSeq[key] = seq;
        return true;
    }
}
