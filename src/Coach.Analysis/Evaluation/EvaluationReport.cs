using System.Text.Json.Serialization;

namespace Coach.Analysis.Evaluation;

/// <summary>Every task's scores on one labeled set: the object <c>eval --json</c> prints.</summary>
public sealed record EvaluationReport(
    [property: JsonPropertyName("tasks")] IReadOnlyDictionary<string, TaskMetrics> Tasks);
