using Coach.Analysis.Classification;
using Coach.Analysis.Corpus;
using Coach.Analysis.Text;

namespace Coach.Analysis.Training;

/// <summary>Turns labeled utterances into the model inputs of one task.</summary>
public static class TrainingExamples
{
    /// <summary>The examples of <paramref name="task"/>, weighted by <see cref="PipelineSettings.ClassWeightPower"/>.</summary>
    public static List<(ModelInput Input, string Gold, string Id)> For(ClassifierTask task, IEnumerable<LabeledUtterance> items,
        double classWeightPower = 0)
    {
        var featurizer = UtteranceFeaturizer.Shared;
        var examples = new List<(ModelInput, string, string)>();
        foreach (var item in items)
        {
            var label = item.LabelOf(task);
            if (label is null || item.Speaker != task.Speaker.ToName())
            {
                continue;
            }

            var f = featurizer.Featurize(item.Text);
            examples.Add((new ModelInput { Text = f.Text, Tokens = f.Tokens, Cues = f.Cues, Label = label }, label, item.Id));
        }

        if (classWeightPower > 0 && examples.Count > 0)
        {
            var counts = examples.GroupBy(e => e.Item2).ToDictionary(g => g.Key, g => g.Count());
            var largest = counts.Values.Max();
            foreach (var (input, gold, _) in examples)
            {
                input.Weight = (float)Math.Pow((double)largest / counts[gold], classWeightPower);
            }
        }

        return examples;
    }
}
