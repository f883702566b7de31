using Microsoft.ML.Data;

namespace Coach.Analysis.Classification;

/// <summary>What one classifier writes: the chosen label and a probability per label.</summary>
public sealed class ModelOutput
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = "";

    [ColumnName("Score")]
    public float[] Score { get; set; } = [];
}
