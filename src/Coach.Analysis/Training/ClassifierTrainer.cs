using Coach.Analysis.Classification;
using Coach.Analysis.Corpus;
using Coach.Analysis.Evaluation;
using Microsoft.ML;

namespace Coach.Analysis.Training;

/// <summary>
/// Trains one model per task. For each task every candidate trainer is scored by k-fold
/// cross-validation on the training set only (the dev split stays unseen), the best is retrained on
/// all of it, and the dev split is scored once at the end.
/// </summary>
public sealed class ClassifierTrainer(Action<string> report)
{
    public IReadOnlyList<TrainerKind> Candidates { get; init; } =
        [TrainerKind.SdcaMaximumEntropy, TrainerKind.LbfgsMaximumEntropy, TrainerKind.OneVersusAllAveragedPerceptron];

    public int Folds { get; init; } = 4;

    public PipelineSettings Settings { get; init; } = PipelineSettings.Default;

    public IReadOnlyList<TaskTrainingResult> TrainAll(IReadOnlyList<LabeledUtterance> train,
        IReadOnlyList<LabeledUtterance>? dev, string outFolder)
    {
        var results = new List<TaskTrainingResult>();
        var tasks = ClassifierTask.All;
        for (var i = 0; i < tasks.Count; i++)
        {
            report($"[{i + 1}/{tasks.Count}] {tasks[i].Name}");
            results.Add(TrainTask(tasks[i], train, dev, outFolder));
        }

        return results;
    }

    public TaskTrainingResult TrainTask(ClassifierTask task, IReadOnlyList<LabeledUtterance> train,
        IReadOnlyList<LabeledUtterance>? dev, string outFolder)
    {
        var examples = TrainingExamples.For(task, train, Settings.ClassWeightPower);
        if (examples.Count == 0)
        {
            throw new InvalidOperationException($"No training lines for task '{task.Name}'.");
        }

        var cv = new Dictionary<TrainerKind, double>();
        foreach (var kind in Candidates.Count > 1 ? Candidates : [])
        {
            cv[kind] = CrossValidate(task, examples, kind);
            report($"    {kind,-32} cross-validated macro-F1 {cv[kind]:0.000}");
        }

        var best = Candidates.OrderByDescending(k => cv.GetValueOrDefault(k)).First();
        report($"    training {task.Name} on {examples.Count} lines with {best}");
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => e.Input));
        var model = ClassifierPipeline.Build(ml, best, Settings).Fit(data);
        ModelFile.Save(ml, model, data.Schema, outFolder, task);

        TaskMetrics? devMetrics = null;
        if (dev is { Count: > 0 })
        {
            var devExamples = TrainingExamples.For(task, dev);
            devMetrics = ModelEvaluator.EvaluateTask(new TaskModel(ml, task, model, data.Schema),
                [.. devExamples.Select(e => (e.Input, e.Gold))]);
            report($"    dev: accuracy {devMetrics.Accuracy:0.000}, macro-F1 {devMetrics.MacroF1:0.000} ({devMetrics.Support} lines)");
        }

        return new TaskTrainingResult(task, best, examples.Count, cv, devMetrics);
    }

    /// <summary>Mean macro-F1 over folds assigned by a hash of the line id (stable across runs).</summary>
    private double CrossValidate(ClassifierTask task, List<(ModelInput Input, string Gold, string Id)> examples, TrainerKind kind)
    {
        var scores = new List<double>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var trainPart = examples.Where(e => FoldOf(e.Id) != fold).Select(e => e.Input).ToList();
            var testPart = examples.Where(e => FoldOf(e.Id) == fold).Select(e => (e.Input, e.Gold)).ToList();
            if (testPart.Count == 0)
            {
                continue;
            }

            var ml = new MLContext(seed: 1);
            var data = ml.Data.LoadFromEnumerable(trainPart);
            var model = ClassifierPipeline.Build(ml, kind, Settings).Fit(data);
            scores.Add(ModelEvaluator.EvaluateTask(new TaskModel(ml, task, model, data.Schema), testPart).MacroF1);
        }

        return scores.Count == 0 ? 0 : scores.Average();
    }

    private int FoldOf(string id) => (int)(Text.StableHash.Of(id) % (uint)Folds);
}
