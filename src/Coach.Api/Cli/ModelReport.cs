using System.Globalization;
using System.Text;
using System.Text.Json;
using Coach.Analysis.Corpus;
using Coach.Analysis.Training;

namespace Coach.Api.Cli;

/// <summary>Writes <c>metrics.json</c> and the table of <c>README.md</c> beside the trained models.</summary>
public static class ModelReport
{
    private const string TableStart = "<!-- models:start -->";
    private const string TableEnd = "<!-- models:end -->";

    public static void Write(string folder, IReadOnlyList<TaskTrainingResult> results, IReadOnlyList<LabeledUtterance> train,
        DateTime trainedAt)
    {
        var date = trainedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var metrics = results.ToDictionary(r => r.Task.Name, r => new
        {
            file = r.Task.FileName,
            trainer = r.Trainer.ToString(),
            trainingLines = r.TrainingSize,
            trainingLinesZh = train.Count(t => t.Speaker == r.Task.Speaker.ToString().ToLowerInvariant() && t.Lang == "zh"),
            trainingLinesEn = train.Count(t => t.Speaker == r.Task.Speaker.ToString().ToLowerInvariant() && t.Lang == "en"),
            trained = date,
            crossValidationMacroF1 = r.CrossValidationMacroF1.ToDictionary(kv => kv.Key.ToString(), kv => Math.Round(kv.Value, 4)),
            dev = r.Dev,
        });
        File.WriteAllText(Path.Combine(folder, "metrics.json"),
            JsonSerializer.Serialize(new { tasks = metrics }, new JsonSerializerOptions { WriteIndented = true }));

        var table = new StringBuilder();
        table.AppendLine(TableStart);
        table.AppendLine("| model | task | trainer (best of CV) | training lines | trained | dev accuracy | dev macro-F1 | dev lines |");
        table.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| `{r.Task.FileName}` | {r.Task.Name} | {r.Trainer} | {r.TrainingSize} | {date} | " +
                $"{r.Dev?.Accuracy.ToString("0.000", CultureInfo.InvariantCulture) ?? "-"} | " +
                $"{r.Dev?.MacroF1.ToString("0.000", CultureInfo.InvariantCulture) ?? "-"} | {r.Dev?.Support.ToString(CultureInfo.InvariantCulture) ?? "-"} |");
        }

        table.AppendLine();
        table.AppendLine("Cross-validated macro-F1 of each candidate trainer on the training split:");
        table.AppendLine();
        var kinds = results.SelectMany(r => r.CrossValidationMacroF1.Keys).Distinct().ToList();
        table.AppendLine("| task | " + string.Join(" | ", kinds) + " |");
        table.AppendLine("|---|" + string.Concat(kinds.Select(_ => "---|")));
        foreach (var r in results)
        {
            table.AppendLine($"| {r.Task.Name} | " + string.Join(" | ", kinds.Select(k =>
                r.CrossValidationMacroF1.TryGetValue(k, out var v) ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-")) + " |");
        }

        table.Append(TableEnd);

        var readme = Path.Combine(folder, "README.md");
        var text = File.Exists(readme) ? File.ReadAllText(readme) : "# Models\n\n" + TableStart + "\n" + TableEnd + "\n";
        var start = text.IndexOf(TableStart, StringComparison.Ordinal);
        var end = text.IndexOf(TableEnd, StringComparison.Ordinal);
        text = start >= 0 && end > start
            ? text[..start] + table + text[(end + TableEnd.Length)..]
            : text + "\n" + table + "\n";
        File.WriteAllText(readme, text);
    }
}
