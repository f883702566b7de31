using Coach.Analysis.Classification;
using Coach.Analysis.Corpus;
using Coach.Analysis.Evaluation;

namespace Coach.Api.Cli;

/// <summary>Coaches' corrections for <c>train --with-corrections</c>: read, kept apart from dev, scored before and after.</summary>
internal static class Corrections
{
    /// <summary>The corrections, minus any that repeat a dev line (training on them would flatter the dev score).</summary>
    public static IReadOnlyList<LabeledUtterance> Read(FileInfo file, IReadOnlyList<LabeledUtterance>? dev)
    {
        var all = CorpusReader.ReadFile(file.FullName);
        if (dev is null)
        {
            Console.Error.WriteLine($"Folding in {all.Count} corrected lines from {file.FullName}");
            return all;
        }

        var ids = all.Select(c => c.Id).ToHashSet();
        var (kept, _) = new NearDuplicateFilter().Filter([.. dev, .. all]);
        var corrections = kept.Where(k => ids.Contains(k.Id)).ToList();
        Console.Error.WriteLine($"Folding in {corrections.Count} corrected lines from {file.FullName}" +
            (corrections.Count < all.Count ? $" ({all.Count - corrections.Count} left out: they repeat a dev line or each other)" : ""));
        return corrections;
    }

    /// <summary>Macro-F1 by task of the models in <paramref name="models"/> on dev and on the corrections; null when there are none yet.</summary>
    public static Scores? Evaluate(string models, IReadOnlyList<LabeledUtterance>? dev, IReadOnlyList<LabeledUtterance> corrections)
    {
        if (!ClassifierTask.All.All(t => File.Exists(Path.Combine(models, t.FileName))))
        {
            return null;
        }

        var classifier = UtteranceClassifier.Load(models);
        return new Scores(dev is null ? null : ModelEvaluator.Evaluate(classifier, dev), ModelEvaluator.Evaluate(classifier, corrections));
    }

    public static void PrintComparison(Scores? before, Scores? after, IReadOnlyList<ClassifierTask> tasks)
    {
        Console.Error.WriteLine("macro-F1       dev before → after      corrections before → after (trained on)");
        foreach (var task in tasks)
        {
            Console.Error.WriteLine($"{task.Name,-12} {F1(before?.Dev, task),8} → {F1(after?.Dev, task),-8}   {F1(before?.Corrections, task),8} → {F1(after?.Corrections, task)}");
        }
    }

    private static string F1(EvaluationReport? report, ClassifierTask task) =>
        report?.Tasks.TryGetValue(task.Name, out var m) == true && m.Support > 0 ? m.MacroF1.ToString("0.000") : "-";

    internal sealed record Scores(EvaluationReport? Dev, EvaluationReport Corrections);
}
