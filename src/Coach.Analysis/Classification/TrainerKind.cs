namespace Coach.Analysis.Classification;

/// <summary>The ML.NET multiclass trainers we compare for each task.</summary>
public enum TrainerKind
{
    /// <summary>Stochastic dual coordinate ascent, maximum-entropy (softmax) loss.</summary>
    SdcaMaximumEntropy,

    /// <summary>L-BFGS multinomial logistic regression.</summary>
    LbfgsMaximumEntropy,

    /// <summary>One-versus-all averaged perceptrons, calibrated.</summary>
    OneVersusAllAveragedPerceptron,
}
