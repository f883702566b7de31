using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace Coach.Analysis.Classification;

/// <summary>
/// One trained task model with a pool of prediction engines: <see cref="PredictionEngine{TSrc,TDst}"/>
/// is not thread-safe, and Microsoft.Extensions.ML's PredictionEnginePool is not on our package
/// mirror, so Microsoft.Extensions.ObjectPool does the same job.
/// </summary>
public sealed class TaskModel
{
    private readonly ObjectPool<PredictionEngine<ModelInput, ModelOutput>> _engines;
    private readonly Lazy<LinearExplainer?> _explainer;

    /// <param name="version">The model file's <see cref="ModelVersion"/>; <see cref="ModelVersion.Unsaved"/> when omitted.</param>
    public TaskModel(MLContext ml, ClassifierTask task, ITransformer model, DataViewSchema inputSchema, string? version = null)
    {
        Task = task;
        Model = model;
        Version = version ?? ModelVersion.Unsaved;
        ScoreLabels = ClassifierPipeline.ScoreLabels(model.GetOutputSchema(inputSchema));
        var unknown = ScoreLabels.Where(l => !task.IsLabel(l)).ToArray();
        if (unknown.Length > 0)
        {
            throw new ModelLoadException(
                $"The {task.Name} model predicts labels that are not {task.Name} labels: {string.Join(", ", unknown)}.");
        }

        var provider = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 4 };
        _engines = provider.Create(new EnginePolicy(ml, model));
        _explainer = new Lazy<LinearExplainer?>(() => LinearExplainer.TryCreate(ml, model, inputSchema));
    }

    /// <summary>A short stable id of the model file (first 12 hex digits of its SHA-256), computed at load.</summary>
    public string Version { get; }

    public ClassifierTask Task { get; }

    public ITransformer Model { get; }

    /// <summary>The label of each slot of the score vector.</summary>
    public IReadOnlyList<string> ScoreLabels { get; }

    /// <summary>The feature contributions of a linear model, built on first use; null for other predictors.</summary>
    internal LinearExplainer? Explainer => _explainer.Value;

    /// <summary>Predicts into <paramref name="output"/> (reused by the caller to save allocations).</summary>
    public void Predict(ModelInput input, ref ModelOutput output)
    {
        var engine = _engines.Get();
        try
        {
            engine.Predict(input, ref output);
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model)
        : PooledObjectPolicy<PredictionEngine<ModelInput, ModelOutput>>
    {
        public override PredictionEngine<ModelInput, ModelOutput> Create() =>
            ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(model);

        public override bool Return(PredictionEngine<ModelInput, ModelOutput> obj) => true;
    }
}
