using Coach.Analysis.Classification;
using Coach.Analysis.Text;
using Microsoft.ML;

namespace Coach.Analysis.Playbook;

/// <summary>
/// Reads which situation a search query is about, learned from labeled rep-style queries
/// (<c>data/situation-queries</c>) and the playbook's own titles and keywords. Same features and
/// trainer as the utterance classifiers; the model file is <c>models/situation.zip</c>.
/// </summary>
public sealed class SituationModel(TaskModel model)
{
    public const string FileName = "situation.zip";

    /// <summary>The pseudo-task whose labels are the situation ids.</summary>
    public static readonly ClassifierTask Task = new("situation", Speaker.Rep, Situations.All);

    public static SituationModel? LoadIfPresent(string folder) =>
        File.Exists(Path.Combine(folder, FileName)) ? new SituationModel(ModelFile.Load(new MLContext(seed: 1), Task, folder)) : null;

    /// <summary>Each situation's probability for the query.</summary>
    public IReadOnlyList<(string Situation, float Probability)> Read(string query)
    {
        var f = UtteranceFeaturizer.Shared.Featurize(query);
        var output = new ModelOutput();
        model.Predict(new ModelInput { Text = f.Text, Tokens = f.Tokens, Cues = f.Cues }, ref output);
        return [.. model.ScoreLabels.Select((label, i) => (label, output.Score[i])).OrderByDescending(x => x.Item2)];
    }

    /// <summary>Trains on labeled queries plus each snippet's title and keywords, and writes the model file.</summary>
    public static int Train(IReadOnlyList<SearchQueryCase> queries, IReadOnlyList<PlaybookSnippet> snippets, string outFolder,
        PipelineSettings? settings = null)
    {
        var examples = queries.Select(q => (q.Q, q.Situation))
            .Concat(snippets.Select(s => (s.Title + " " + string.Join(" ", s.Keywords), s.Situations[0])))
            .Select(x =>
            {
                var f = UtteranceFeaturizer.Shared.Featurize(x.Item1);
                return new ModelInput { Text = f.Text, Tokens = f.Tokens, Cues = f.Cues, Label = x.Item2 };
            })
            .ToList();
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(examples);
        var model = ClassifierPipeline.Build(ml, TrainerKind.LbfgsMaximumEntropy,
            (settings ?? PipelineSettings.Default) with { ClassWeightPower = 0 }).Fit(data);
        ModelFile.Save(ml, model, data.Schema, outFolder, Task);
        return examples.Count;
    }
}
