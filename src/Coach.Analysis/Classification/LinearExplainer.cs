using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Coach.Analysis.Classification;

/// <summary>
/// Per-example feature contributions of a linear multiclass model (the maximum-entropy trainers): the
/// featurizing part of the model's transformer chain computes the line's feature vector x, and the
/// contribution of feature f to label c is w[c,f]·x[f]. A label's evidence is what it gains over the
/// average other label: (w[c,f] − mean over c'≠c of w[c',f])·x[f]. Built once per model, on the first
/// request for evidence.
/// </summary>
internal sealed class LinearExplainer
{
    private readonly float[][] _weights;
    private readonly ReadOnlyMemory<char>[] _slotNames;
    private readonly ObjectPool<PredictionEngine<ModelInput, FeatureVector>> _engines;

    private LinearExplainer(float[][] weights, ReadOnlyMemory<char>[] slotNames,
        ObjectPool<PredictionEngine<ModelInput, FeatureVector>> engines)
    {
        _weights = weights;
        _slotNames = slotNames;
        _engines = engines;
    }

    /// <summary>The explainer of a model, or null when its predictor is not linear (e.g. one-versus-all perceptrons).</summary>
    public static LinearExplainer? TryCreate(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        if (model is not TransformerChain<ITransformer> chain)
        {
            return null;
        }

        var steps = chain.ToArray();
        var at = Array.FindIndex(steps, t => t is ISingleFeaturePredictionTransformer<object>);
        if (at < 0 || steps[at] is not ISingleFeaturePredictionTransformer<object> predictor ||
            predictor.Model is not LinearMulticlassModelParametersBase linear ||
            predictor.FeatureColumnName != ClassifierPipeline.Features)
        {
            return null;
        }

        VBuffer<float>[] weights = [];
        linear.GetWeights(ref weights, out var classes);
        var featurizer = new TransformerChain<ITransformer>(steps[..at]);
        VBuffer<ReadOnlyMemory<char>> names = default;
        featurizer.GetOutputSchema(inputSchema)[ClassifierPipeline.Features].GetSlotNames(ref names);

        var provider = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 4 };
        return new LinearExplainer(
            [.. weights.Take(classes).Select(w => w.DenseValues().ToArray())],
            names.DenseValues().ToArray(),
            provider.Create(new EnginePolicy(ml, featurizer)));
    }

    /// <summary>
    /// The features of <paramref name="input"/> that raise class <paramref name="label"/> (its index in the
    /// score vector) over the average other class, largest first, at most <paramref name="max"/>.
    /// </summary>
    public IReadOnlyList<(FeatureSlot Slot, double Contribution)> TopContributions(ModelInput input, int label, int max)
    {
        var vector = new FeatureVector();
        var engine = _engines.Get();
        try
        {
            engine.Predict(input, ref vector);
        }
        finally
        {
            _engines.Return(engine);
        }

        var others = _weights.Length - 1;
        var scored = new List<(int Slot, double Contribution)>();
        var values = vector.Features.GetValues();
        var indices = vector.Features.GetIndices();
        for (var k = 0; k < values.Length; k++)
        {
            var slot = vector.Features.IsDense ? k : indices[k];
            if (values[k] == 0 || slot >= _slotNames.Length)
            {
                continue;
            }

            var rest = 0.0;
            for (var c = 0; c < _weights.Length; c++)
            {
                rest += c == label ? 0 : _weights[c][slot];
            }

            var contribution = (_weights[label][slot] - (others > 0 ? rest / others : 0)) * values[k];
            if (contribution > 0)
            {
                scored.Add((slot, contribution));
            }
        }

        var top = new List<(FeatureSlot, double)>(max);
        foreach (var (slot, contribution) in scored.OrderByDescending(s => s.Contribution))
        {
            if (top.Count == max)
            {
                break;
            }

            if (FeatureSlot.Parse(_slotNames[slot].Span) is { } parsed)
            {
                top.Add((parsed, contribution));
            }
        }

        return top;
    }

    /// <summary>The output of the featurizing part of the chain.</summary>
    private sealed class FeatureVector
    {
        [ColumnName(ClassifierPipeline.Features)]
        public VBuffer<float> Features { get; set; }
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer featurizer)
        : PooledObjectPolicy<PredictionEngine<ModelInput, FeatureVector>>
    {
        public override PredictionEngine<ModelInput, FeatureVector> Create() =>
            ml.Model.CreatePredictionEngine<ModelInput, FeatureVector>(featurizer);

        public override bool Return(PredictionEngine<ModelInput, FeatureVector> obj) => true;
    }
}
