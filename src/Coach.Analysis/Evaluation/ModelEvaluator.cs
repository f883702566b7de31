using Coach.Analysis.Classification;
using Coach.Analysis.Corpus;

namespace Coach.Analysis.Evaluation;

/// <summary>Scores the classifiers on a labeled set through the same path the service predicts with.</summary>
public static class ModelEvaluator
{
    public static EvaluationReport Evaluate(UtteranceClassifier classifier, IReadOnlyList<LabeledUtterance> items)
    {
        var pairs = ClassifierTask.All.ToDictionary(t => t.Name, _ => new List<(string, string)>());
        foreach (var item in items)
        {
            SpeakerNames.TryParse(item.Speaker, out var speaker);
            var analysis = classifier.Classify(item.Text, speaker, item.Lang);
            foreach (var task in ClassifierTask.For(speaker))
            {
                pairs[task.Name].Add((item.LabelOf(task)!, analysis.Labels[task.Name]));
            }
        }

        return new EvaluationReport(ClassifierTask.All.ToDictionary(
            t => t.Name, t => TaskMetrics.Compute(pairs[t.Name], t.Labels)));
    }

    /// <summary>Scores one task model alone, used while comparing trainers.</summary>
    public static TaskMetrics EvaluateTask(TaskModel model, IReadOnlyList<(ModelInput Input, string Gold)> items)
    {
        var pairs = new List<(string, string)>(items.Count);
        var output = new ModelOutput();
        foreach (var (input, gold) in items)
        {
            model.Predict(input, ref output);
            pairs.Add((gold, output.PredictedLabel));
        }

        return TaskMetrics.Compute(pairs, model.Task.Labels);
    }
}
