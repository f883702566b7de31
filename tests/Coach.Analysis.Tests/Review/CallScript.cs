using Coach.Analysis.Calls;
using Coach.Analysis.Classification;

namespace Coach.Analysis.Tests.Review;

/// <summary>A labeled call written line by line for review tests: the stored lines and the state after them.</summary>
internal sealed class CallScript
{
    private readonly List<CallLine> _lines = [];

    public CallState State { get; } = new();

    public IReadOnlyList<CallLine> Lines => _lines;

    public CallScript Customer(string text, string need = "none", string signal = "none", string objection = "none") =>
        Add(Speaker.Customer, text, new Dictionary<string, string> { ["need"] = need, ["signal"] = signal, ["objection"] = objection });

    public CallScript Rep(string text, string spin = "not_question", string close = "none") =>
        Add(Speaker.Rep, text, new Dictionary<string, string> { ["spin"] = spin, ["close"] = close });

    private CallScript Add(Speaker speaker, string text, Dictionary<string, string> labels)
    {
        var seq = _lines.Count + 1;
        State.Apply(new LabeledLine(seq, speaker, text, labels));
        _lines.Add(new CallLine(seq, speaker.ToName(), null, text, null, labels, []));
        return this;
    }

    public static bool HasCjk(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff' or >= '\u3000' and <= '\u303f' or >= '\uff00' and <= '\uffef');
}
