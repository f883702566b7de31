using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace Coach.Analysis.Classification;

/// <summary>
/// The ML.NET pipeline of one task: character n-grams of the normalised text (both languages, robust
/// to typos and missing spaces), word uni- and bigrams of the token string (English words, Chinese
/// characters), the cue bag, then a multiclass trainer.
/// </summary>
public static class ClassifierPipeline
{
    /// <summary>The column of the character n-grams; slot names of the features read "CharFeatures.a|b|c".</summary>
    public const string CharFeatures = "CharFeatures";

    /// <summary>The column of the word n-grams; slot names read "WordFeatures.your|price".</summary>
    public const string WordFeatures = "WordFeatures";

    /// <summary>The column of the cue bag; slot names read "CueFeatures.cue_price".</summary>
    public const string CueFeatures = "CueFeatures";

    /// <summary>The concatenated feature column the trainer reads.</summary>
    public const string Features = "Features";

    public static IEstimator<ITransformer> Build(MLContext ml, TrainerKind trainer, PipelineSettings? settings = null)
    {
        settings ??= PipelineSettings.Default;
        var chars = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = null,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.CharNgramLength, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var words = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = settings.WordNgramLength, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var cues = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepPunctuations = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.None,
        };

        return ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(ModelInput.Label))
            .Append(ml.Transforms.Text.FeaturizeText(CharFeatures, chars, nameof(ModelInput.Text)))
            .Append(ml.Transforms.Text.FeaturizeText(WordFeatures, words, nameof(ModelInput.Tokens)))
            .Append(ml.Transforms.Text.FeaturizeText(CueFeatures, cues, nameof(ModelInput.Cues)))
            .Append(ml.Transforms.Concatenate(Features, CharFeatures, WordFeatures, CueFeatures))
            .Append(Trainer(ml, trainer, settings))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
    }

    private static IEstimator<ITransformer> Trainer(MLContext ml, TrainerKind kind, PipelineSettings settings) => kind switch
    {
        TrainerKind.SdcaMaximumEntropy => ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(
            labelColumnName: "LabelKey", featureColumnName: "Features", exampleWeightColumnName: nameof(ModelInput.Weight),
            l2Regularization: 1e-4f, maximumNumberOfIterations: 50),
        TrainerKind.LbfgsMaximumEntropy => ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(
            labelColumnName: "LabelKey", featureColumnName: "Features", exampleWeightColumnName: nameof(ModelInput.Weight),
            l2Regularization: settings.L2, l1Regularization: 0f),
        TrainerKind.OneVersusAllAveragedPerceptron => ml.MulticlassClassification.Trainers.OneVersusAll(
            ml.BinaryClassification.Trainers.AveragedPerceptron(labelColumnName: "LabelKey", featureColumnName: "Features",
                numberOfIterations: 20),
            labelColumnName: "LabelKey"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown trainer."),
    };

    /// <summary>The label of each slot of the Score column, in slot order.</summary>
    public static string[] ScoreLabels(DataViewSchema outputSchema)
    {
        var score = outputSchema["Score"];
        VBuffer<ReadOnlyMemory<char>> names = default;
        score.GetSlotNames(ref names);
        return [.. names.DenseValues().Select(n => n.ToString())];
    }
}
