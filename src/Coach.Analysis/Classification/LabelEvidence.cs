namespace Coach.Analysis.Classification;

/// <summary>
/// Why an utterance got <see cref="Label"/> for <see cref="Task"/>: the spans that drove it, best first and
/// at most three (none for the task's "nothing applies" label), and the version of the model that decided.
/// </summary>
public sealed record LabelEvidence(string Task, string Label, IReadOnlyList<EvidenceSpan> Spans, string ModelVersion);
