using System.Text.Json.Serialization;

namespace Coach.Analysis.Evaluation;

/// <summary>The scores of one task on a labeled set, in the shape of the <c>eval --json</c> output.</summary>
public sealed record TaskMetrics(
    [property: JsonPropertyName("accuracy")] double Accuracy,
    [property: JsonPropertyName("macroF1")] double MacroF1,
    [property: JsonPropertyName("support")] int Support,
    [property: JsonPropertyName("labels")] IReadOnlyDictionary<string, LabelMetrics> Labels)
{
    /// <summary>
    /// Scores gold against predicted labels. Macro-F1 averages over every label that occurs in either
    /// (as scikit-learn does). ML.NET's evaluator would need the data pushed through an IDataView with
    /// the model's key mapping; we score the exact prediction path the service uses instead.
    /// </summary>
    public static TaskMetrics Compute(IReadOnlyList<(string Gold, string Predicted)> pairs, IEnumerable<string> labelOrder)
    {
        var present = pairs.SelectMany(p => new[] { p.Gold, p.Predicted }).ToHashSet();
        var labels = new Dictionary<string, LabelMetrics>();
        foreach (var label in labelOrder.Where(present.Contains))
        {
            var tp = pairs.Count(p => p.Gold == label && p.Predicted == label);
            var goldCount = pairs.Count(p => p.Gold == label);
            var predictedCount = pairs.Count(p => p.Predicted == label);
            var precision = predictedCount == 0 ? 0 : (double)tp / predictedCount;
            var recall = goldCount == 0 ? 0 : (double)tp / goldCount;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            labels[label] = new LabelMetrics(Math.Round(precision, 4), Math.Round(recall, 4), Math.Round(f1, 4), goldCount);
        }

        var accuracy = pairs.Count == 0 ? 0 : (double)pairs.Count(p => p.Gold == p.Predicted) / pairs.Count;
        var macro = labels.Count == 0 ? 0 : labels.Values.Average(m => m.F1);
        return new TaskMetrics(Math.Round(accuracy, 4), Math.Round(macro, 4), pairs.Count, labels);
    }
}
