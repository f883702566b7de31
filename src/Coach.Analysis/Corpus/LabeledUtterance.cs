using System.Text.Json.Serialization;
using Coach.Analysis.Classification;

namespace Coach.Analysis.Corpus;

/// <summary>One line of a labeled set in the labels.md JSON Lines format.</summary>
public sealed record LabeledUtterance
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("lang")] public required string Lang { get; init; }
    [JsonPropertyName("speaker")] public required string Speaker { get; init; }
    [JsonPropertyName("text")] public required string Text { get; init; }

    [JsonPropertyName("need"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Need { get; init; }

    [JsonPropertyName("signal"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Signal { get; init; }

    [JsonPropertyName("objection"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Objection { get; init; }

    [JsonPropertyName("spin"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Spin { get; init; }

    [JsonPropertyName("close"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Close { get; init; }

    /// <summary>The label of <paramref name="task"/>, or null when the line does not carry it.</summary>
    public string? LabelOf(ClassifierTask task) => task.Name switch
    {
        "need" => Need,
        "signal" => Signal,
        "objection" => Objection,
        "spin" => Spin,
        "close" => Close,
        _ => null,
    };

    public LabeledUtterance WithLabel(ClassifierTask task, string label) => task.Name switch
    {
        "need" => this with { Need = label },
        "signal" => this with { Signal = label },
        "objection" => this with { Objection = label },
        "spin" => this with { Spin = label },
        "close" => this with { Close = label },
        _ => this,
    };
}
