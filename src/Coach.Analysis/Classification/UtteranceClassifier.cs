using Coach.Analysis.Text;
using Microsoft.ML;

namespace Coach.Analysis.Classification;

/// <summary>
/// Labels utterances with every task of their speaker. Thread-safe: features are computed per call
/// and each task model hands out pooled prediction engines.
/// </summary>
public sealed class UtteranceClassifier
{
    private readonly IReadOnlyDictionary<string, TaskModel> _models;
    private readonly UtteranceFeaturizer _featurizer = UtteranceFeaturizer.Shared;

    public UtteranceClassifier(IEnumerable<TaskModel> models)
    {
        _models = models.ToDictionary(m => m.Task.Name);
        var missing = ClassifierTask.All.Where(t => !_models.ContainsKey(t.Name)).Select(t => t.Name).ToArray();
        if (missing.Length > 0)
        {
            throw new ModelLoadException($"No model for task(s): {string.Join(", ", missing)}.");
        }
    }

    public TaskModel this[ClassifierTask task] => _models[task.Name];

    /// <summary>Loads <c>need.zip</c>, <c>signal.zip</c>, ... from a folder; throws <see cref="ModelLoadException"/> naming the bad file.</summary>
    public static UtteranceClassifier Load(string folder) =>
        new(ClassifierTask.All.Select(task => ModelFile.Load(new MLContext(seed: 1), task, folder)).ToList());

    public UtteranceAnalysis Classify(string text, Speaker speaker, string? lang = null)
    {
        var features = _featurizer.Featurize(text);
        var input = new ModelInput { Text = features.Text, Tokens = features.Tokens, Cues = features.Cues };
        var labels = new Dictionary<string, string>(3);
        var scores = new Dictionary<string, IReadOnlyDictionary<string, float>>(3);
        var output = new ModelOutput();
        foreach (var task in ClassifierTask.For(speaker))
        {
            var model = _models[task.Name];
            model.Predict(input, ref output);
            labels[task.Name] = output.PredictedLabel;
            var perLabel = new Dictionary<string, float>(model.ScoreLabels.Count);
            for (var i = 0; i < model.ScoreLabels.Count && i < output.Score.Length; i++)
            {
                perLabel[model.ScoreLabels[i]] = output.Score[i];
            }

            scores[task.Name] = perLabel;
        }

        return new UtteranceAnalysis(Language.IsSupported(lang) ? lang! : Language.Detect(text), speaker, labels, scores);
    }

    /// <summary>Most spans of one label's evidence.</summary>
    public const int MaxEvidenceSpans = 3;

    /// <summary>How many of the top contributing features are mapped back to the line.</summary>
    private const int EvidenceFeatures = 10;

    /// <summary>
    /// Why <paramref name="analysis"/> (the result of <see cref="Classify"/> for this line) gave each label:
    /// one <see cref="LabelEvidence"/> a task of <paramref name="speaker"/>, in task order. Costs a featurizer
    /// pass per task, so it runs only when asked; <see cref="Classify"/> is unchanged.
    /// </summary>
    public IReadOnlyList<LabelEvidence> Explain(string text, Speaker speaker, UtteranceAnalysis analysis)
    {
        var trace = _featurizer.Trace(text);
        var features = _featurizer.Featurize(text);
        var input = new ModelInput { Text = features.Text, Tokens = features.Tokens, Cues = features.Cues };
        var evidence = new List<LabelEvidence>(3);
        foreach (var task in ClassifierTask.For(speaker))
        {
            if (analysis.Labels.TryGetValue(task.Name, out var label))
            {
                evidence.Add(Explain(_models[task.Name], label, input, trace));
            }
        }

        return evidence;
    }

    /// <summary>Why <paramref name="text"/> would get <paramref name="label"/> (any label of the task) from the task's model.</summary>
    public LabelEvidence Explain(string text, ClassifierTask task, string label)
    {
        var features = _featurizer.Featurize(text);
        return Explain(_models[task.Name], label,
            new ModelInput { Text = features.Text, Tokens = features.Tokens, Cues = features.Cues }, _featurizer.Trace(text));
    }

    private static LabelEvidence Explain(TaskModel model, string label, ModelInput input, FeatureTrace trace)
    {
        var index = IndexOf(model.ScoreLabels, label);
        if (label == model.Task.NoneLabel || index < 0 || model.Explainer is not { } explainer)
        {
            return new LabelEvidence(model.Task.Name, label, [], model.Version);
        }

        var contributions = explainer.TopContributions(input, index, EvidenceFeatures);
        return new LabelEvidence(model.Task.Name, label, EvidenceLocator.Locate(trace, contributions, MaxEvidenceSpans),
            model.Version);
    }

    private static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i] == label)
            {
                return i;
            }
        }

        return -1;
    }
}
