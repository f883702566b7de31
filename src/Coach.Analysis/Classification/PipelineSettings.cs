namespace Coach.Analysis.Classification;

/// <summary>
/// The knobs of the classifier pipeline. The defaults are the ones the shipped models were trained
/// with, chosen by cross-validation on the training split (see models/README.md).
/// </summary>
public sealed record PipelineSettings
{
    /// <summary>Longest character n-gram of the normalised text.</summary>
    public int CharNgramLength { get; init; } = 3;

    /// <summary>Longest word n-gram of the token string.</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>L2 regularisation of the maximum-entropy trainers.</summary>
    public float L2 { get; init; } = 0.01f;

    /// <summary>
    /// Examples of label c weigh (largest class size / size of c) to this power: 0 is no
    /// weighting, 1 balances the classes. Rare labels otherwise lose to "none", which hurts macro-F1.
    /// </summary>
    public double ClassWeightPower { get; init; } = 0.7;

    public static PipelineSettings Default { get; } = new();
}
