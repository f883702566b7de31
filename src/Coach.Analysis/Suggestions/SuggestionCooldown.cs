namespace Coach.Analysis.Suggestions;

/// <summary>
/// Per call, what keeps advice from overloading the rep: the same advice (kind and situation) is not repeated
/// within <see cref="SuggestionOptions.CooldownLines"/> lines; kinds in <see cref="SuggestionOptions.OncePerCall"/>
/// come once per call; and apart from urgent advice, at most one suggestion per
/// <see cref="SuggestionOptions.MinSecondsBetween"/> seconds of the call.
/// </summary>
public sealed class SuggestionCooldown(SuggestionOptions options)
{
    private readonly Dictionary<string, int> _lastSeq = [];
    private readonly HashSet<string> _kindsGiven = [];
    private TimeSpan? _lastPaced;

    public SuggestionCooldown(int cooldownLines)
        : this(new SuggestionOptions { CooldownLines = cooldownLines, MinSecondsBetween = 0, OncePerCall = [] })
    {
    }

    /// <summary>
    /// True (and remembered) when this advice may go out now: at line <paramref name="seq"/>, <paramref name="at"/>
    /// into the call (unknown: no time limit applies).
    /// </summary>
    public bool TryUse(string kind, string situation, int seq, TimeSpan? at = null)
    {
        var key = kind + ":" + situation;
        if (_lastSeq.TryGetValue(key, out var last) && seq - last < options.CooldownLines && seq >= last)
        {
            return false;
        }

        if (options.OncePerCall.Contains(kind) && _kindsGiven.Contains(kind))
        {
            return false;
        }

        var paced = SuggestionKinds.PriorityOf(kind) != SuggestionKinds.Urgent && options.MinSecondsBetween > 0;
        if (paced && at is { } now && _lastPaced is { } before && now - before < TimeSpan.FromSeconds(options.MinSecondsBetween)
            && now >= before)
        {
            return false;
        }

        _lastSeq[key] = seq;
        _kindsGiven.Add(kind);
        if (paced && at is not null)
        {
            _lastPaced = at;
        }

        return true;
    }
}
