using System.Text.Json.Serialization;

namespace Coach.Analysis.Evaluation;

/// <summary>Precision, recall and F1 of one label.</summary>
public sealed record LabelMetrics(
    [property: JsonPropertyName("precision")] double Precision,
    [property: JsonPropertyName("recall")] double Recall,
    [property: JsonPropertyName("f1")] double F1,
    [property: JsonPropertyName("support")] int Support);
