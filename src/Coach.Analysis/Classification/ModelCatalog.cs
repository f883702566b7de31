using System.Text.Json;
using Coach.Analysis.Evaluation;

namespace Coach.Analysis.Classification;

/// <summary>
/// Lists the loaded task models with their versions and the dev-split metrics the <c>train</c> verb
/// published in <c>metrics.json</c> (<c>{"tasks": {"need": {"trainer": ..., "dev": {"labels": {...}}}}}</c>).
/// </summary>
public static class ModelCatalog
{
    public const string MetricsFile = "metrics.json";

    /// <summary>One entry a task, in task order; labels in the task's label order.</summary>
    public static IReadOnlyList<ModelCatalogEntry> Read(UtteranceClassifier classifier, string modelsFolder)
    {
        var path = Path.Combine(modelsFolder, MetricsFile);
        using var metrics = File.Exists(path) ? JsonDocument.Parse(File.ReadAllText(path)) : null;
        var tasks = metrics is not null && metrics.RootElement.TryGetProperty("tasks", out var t) && t.ValueKind == JsonValueKind.Object
            ? t
            : (JsonElement?)null;

        var entries = new List<ModelCatalogEntry>(ClassifierTask.All.Count);
        foreach (var task in ClassifierTask.All)
        {
            var model = classifier[task];
            JsonElement? entry = tasks is { } all && all.TryGetProperty(task.Name, out var e) && e.ValueKind == JsonValueKind.Object
                ? e
                : null;
            var dev = entry is { } en && en.TryGetProperty("dev", out var d) && d.ValueKind == JsonValueKind.Object ? d : (JsonElement?)null;
            entries.Add(new ModelCatalogEntry(
                task.Name,
                task.Speaker.ToName(),
                task.FileName,
                model.Version,
                String(entry, "trainer"),
                String(entry, "trained"),
                Number(entry, "trainingLines") is { } lines ? (int)lines : null,
                Number(dev, "accuracy"),
                Number(dev, "macroF1"),
                Labels(task, dev)));
        }

        return entries;
    }

    private static IReadOnlyDictionary<string, LabelMetrics> Labels(ClassifierTask task, JsonElement? dev)
    {
        var labels = new Dictionary<string, LabelMetrics>();
        if (dev is not { } d || !d.TryGetProperty("labels", out var all) || all.ValueKind != JsonValueKind.Object)
        {
            return labels;
        }

        foreach (var label in task.Labels)
        {
            if (all.TryGetProperty(label, out var m) && m.ValueKind == JsonValueKind.Object)
            {
                labels[label] = new LabelMetrics(Number(m, "precision") ?? 0, Number(m, "recall") ?? 0, Number(m, "f1") ?? 0,
                    Number(m, "support") is { } support ? (int)support : 0);
            }
        }

        return labels;
    }

    private static string? String(JsonElement? element, string name) =>
        element is { } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement? element, string name) =>
        element is { } e && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
