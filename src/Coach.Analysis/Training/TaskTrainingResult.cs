using Coach.Analysis.Classification;
using Coach.Analysis.Evaluation;

namespace Coach.Analysis.Training;

/// <summary>What training one task produced: the chosen trainer, how each candidate scored, the dev scores.</summary>
public sealed record TaskTrainingResult(
    ClassifierTask Task,
    TrainerKind Trainer,
    int TrainingSize,
    IReadOnlyDictionary<TrainerKind, double> CrossValidationMacroF1,
    TaskMetrics? Dev);
