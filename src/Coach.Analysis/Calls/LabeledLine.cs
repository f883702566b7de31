using Coach.Analysis.Classification;

namespace Coach.Analysis.Calls;

/// <summary>One line of a call with the labels the classifiers gave it.</summary>
public sealed record LabeledLine(int Seq, Speaker Speaker, string Text, IReadOnlyDictionary<string, string> Labels)
{
    public string Label(string task) => Labels.TryGetValue(task, out var label) ? label : "none";
}
