namespace Coach.Analysis.Classification;

/// <summary>
/// One classification task of the label contract (labels.md): its name, the speaker it applies to
/// and its labels. The first label of <see cref="Labels"/> is the "nothing applies" label.
/// </summary>
public sealed record ClassifierTask(string Name, Speaker Speaker, IReadOnlyList<string> Labels)
{
    public static readonly ClassifierTask Need = new("need", Speaker.Customer,
        ["none", "explicit", "latent", "false"]);

    public static readonly ClassifierTask Signal = new("signal", Speaker.Customer,
        ["none", "price_inquiry", "timeline", "implementation", "next_step", "trial", "reference"]);

    public static readonly ClassifierTask Objection = new("objection", Speaker.Customer,
        ["none", "price", "timing", "authority", "need", "trust", "competitor", "feature"]);

    public static readonly ClassifierTask Spin = new("spin", Speaker.Rep,
        ["not_question", "situation", "problem", "implication", "need_payoff", "other_question"]);

    public static readonly ClassifierTask Close = new("close", Speaker.Rep,
        ["none", "bandwagon", "urgency", "alternative", "assumptive"]);

    public static IReadOnlyList<ClassifierTask> All { get; } = [Need, Signal, Objection, Spin, Close];

    public string NoneLabel => Labels[0];

    /// <summary>The model file of this task inside a models folder.</summary>
    public string FileName => $"{Name}.zip";

    public bool IsLabel(string? value) => value is not null && Labels.Contains(value);

    public static IEnumerable<ClassifierTask> For(Speaker speaker) => All.Where(t => t.Speaker == speaker);

    public static ClassifierTask? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}
