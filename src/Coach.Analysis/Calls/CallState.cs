using Coach.Analysis.Classification;

namespace Coach.Analysis.Calls;

/// <summary>
/// What the coach knows about one call so far, updated line by line from the labels: stage, needs
/// found, objections and whether they were handled, buying signals and whether the rep acted on them,
/// the rep's SPIN mix and the talk ratio. Not thread-safe: one call's lines are applied in order.
/// </summary>
public sealed class CallState
{
    /// <summary>Rep lines after a buying signal within which a closing attempt counts as acting on it.</summary>
    public const int SignalWindow = 3;

    private readonly List<RaisedObjection> _objections = [];
    private readonly List<BuyingSignal> _signals = [];
    private readonly Dictionary<string, int> _needs = [];
    private readonly Dictionary<string, int> _spin = [];
    private readonly Dictionary<string, int> _closes = [];
    private readonly List<string> _recentRepSpin = [];

    public CallStage Stage { get; private set; } = CallStage.Opening;

    public int Lines { get; private set; }

    public long RepCharacters { get; private set; }

    public long CustomerCharacters { get; private set; }

    /// <summary>Share of the words (characters) spoken by the rep, 0–1.</summary>
    public double TalkRatio => RepCharacters + CustomerCharacters == 0 ? 0 : (double)RepCharacters / (RepCharacters + CustomerCharacters);

    public IReadOnlyDictionary<string, int> Needs => _needs;

    public IReadOnlyDictionary<string, int> SpinMix => _spin;

    public IReadOnlyDictionary<string, int> Closes => _closes;

    public IReadOnlyList<RaisedObjection> Objections => _objections;

    public IReadOnlyList<BuyingSignal> Signals => _signals;

    /// <summary>The rep's last few SPIN labels, newest last.</summary>
    public IReadOnlyList<string> RecentRepSpin => _recentRepSpin;

    /// <summary>Consecutive rep statements (not questions) up to now.</summary>
    public int RepStatementsInARow { get; private set; }

    /// <summary>Applies a line; returns the buying signals this line made count as missed.</summary>
    public IReadOnlyList<BuyingSignal> Apply(LabeledLine line)
    {
        Lines++;
        return line.Speaker == Speaker.Rep ? ApplyRep(line) : ApplyCustomer(line);
    }

    private IReadOnlyList<BuyingSignal> ApplyCustomer(LabeledLine line)
    {
        CustomerCharacters += line.Text.Length;
        var need = line.Label("need");
        if (need != "none")
        {
            _needs[need] = _needs.GetValueOrDefault(need) + 1;
            Advance(CallStage.Discovery);
        }

        foreach (var open in _objections.Where(o => !o.Handled))
        {
            open.CustomerLinesSince++;
        }

        var objection = line.Label("objection");
        if (objection != "none")
        {
            // The same kind again means the earlier answer did not land: it stays open.
            foreach (var same in _objections.Where(o => o.Kind == objection && !o.Handled))
            {
                same.RepRepliesSince = 0;
            }

            _objections.Add(new RaisedObjection(line.Seq, objection));
            Advance(CallStage.ObjectionHandling);
        }

        foreach (var answered in _objections.Where(o => !o.Handled && o.RepRepliesSince > 0 && o.CustomerLinesSince >= 2))
        {
            answered.Handled = true;
        }

        var signal = line.Label("signal");
        if (signal != "none")
        {
            _signals.Add(new BuyingSignal(line.Seq, signal));
            if (signal is "next_step" or "price_inquiry")
            {
                Advance(CallStage.Closing);
            }
        }

        return [];
    }

    private IReadOnlyList<BuyingSignal> ApplyRep(LabeledLine line)
    {
        RepCharacters += line.Text.Length;
        var spin = line.Label("spin");
        _spin[spin] = _spin.GetValueOrDefault(spin) + 1;
        _recentRepSpin.Add(spin);
        if (_recentRepSpin.Count > 6)
        {
            _recentRepSpin.RemoveAt(0);
        }

        RepStatementsInARow = spin == "not_question" ? RepStatementsInARow + 1 : 0;
        if (spin is "situation" or "problem" or "implication" or "need_payoff")
        {
            Advance(CallStage.Discovery);
        }
        else if (spin == "not_question" && _needs.Count > 0)
        {
            Advance(CallStage.Presentation);
        }

        foreach (var open in _objections.Where(o => !o.Handled))
        {
            open.RepRepliesSince++;
        }

        var close = line.Label("close");
        var missed = new List<BuyingSignal>();
        if (close != "none")
        {
            _closes[close] = _closes.GetValueOrDefault(close) + 1;
            Advance(CallStage.Closing);
        }

        foreach (var pending in _signals.Where(s => !s.ActedOn && !s.Missed))
        {
            pending.RepLinesSince++;
            if (close != "none")
            {
                pending.ActedOn = true;
            }
            else if (pending.RepLinesSince >= SignalWindow)
            {
                pending.Missed = true;
                missed.Add(pending);
            }
        }

        return missed;
    }

    /// <summary>Stages only move forward, except that a new objection can come at any time.</summary>
    private void Advance(CallStage stage)
    {
        if (stage > Stage || stage == CallStage.ObjectionHandling)
        {
            Stage = stage;
        }
    }
}
