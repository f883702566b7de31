namespace Coach.Analysis.Classification;

/// <summary>What one classifier reads: the columns of <see cref="Text.FeaturizedText"/> and, in training, the label.</summary>
public sealed class ModelInput
{
    public string Text { get; set; } = "";

    public string Tokens { get; set; } = "";

    public string Cues { get; set; } = "";

    public string Label { get; set; } = "";

    /// <summary>Training weight of the example (class balancing); ignored at prediction.</summary>
    public float Weight { get; set; } = 1f;
}
