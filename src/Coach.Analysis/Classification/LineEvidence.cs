using Coach.Analysis.Calls;

namespace Coach.Analysis.Classification;

/// <summary>The evidence for every label of a stored line, as the current models see it.</summary>
public static class LineEvidence
{
    public static IReadOnlyList<LabelEvidence> For(UtteranceClassifier classifier, CallLine line)
    {
        SpeakerNames.TryParse(line.Speaker, out var speaker);
        return [.. ClassifierTask.For(speaker).Select(task =>
            classifier.Explain(line.Text, task, line.Labels.GetValueOrDefault(task.Name, task.NoneLabel)))];
    }
}
