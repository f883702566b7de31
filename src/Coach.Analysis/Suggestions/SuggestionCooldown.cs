namespace Coach.Analysis.Suggestions;

/// <summary>Remembers, per call, when each piece of advice was last given, so it is not repeated within the cool-down.</summary>
public sealed class SuggestionCooldown(int cooldownLines)
{
    private readonly Dictionary<string, int> _lastSeq = [];

    /// <summary>True (and remembered) when <paramref name="key"/> was not given within the cool-down before <paramref name="seq"/>.</summary>
    public bool TryUse(string key, int seq)
    {
        if (_lastSeq.TryGetValue(key, out var last) && seq - last < cooldownLines && seq >= last)
        {
            return false;
        }

        _lastSeq[key] = seq;
        return true;
    }
}
