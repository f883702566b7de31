using System.Text.Json.Serialization;
using Coach.Analysis.Evaluation;

namespace Coach.Analysis.Classification;

/// <summary>
/// One task model as <c>GET /api/models</c> lists it: the loaded file's version and, from
/// <c>metrics.json</c> beside it, the trainer and the per-label precision, recall and F1 on the dev split
/// (null or empty when the file has no entry for the task).
/// </summary>
public sealed record ModelCatalogEntry(
    [property: JsonPropertyName("task")] string Task,
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("trainer")] string? Trainer,
    [property: JsonPropertyName("trained")] string? Trained,
    [property: JsonPropertyName("trainingLines")] int? TrainingLines,
    [property: JsonPropertyName("devAccuracy")] double? DevAccuracy,
    [property: JsonPropertyName("devMacroF1")] double? DevMacroF1,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, LabelMetrics> Labels);
