namespace Coach.Analysis.Playbook.Semantic;

/// <summary>
/// Options of the optional dense embedder (section <c>Coach:Playbook:Embeddings</c>): an
/// OpenAI-compatible embeddings endpoint. Unset <see cref="Endpoint"/> means lexical search only.
/// </summary>
public sealed class EmbeddingOptions
{
    public const string Section = "Coach:Playbook:Embeddings";

    /// <summary>Base address of an OpenAI-compatible API, e.g. http://localhost:11434/v1.</summary>
    public string? Endpoint { get; set; }

    public string Model { get; set; } = "text-embedding-3-small";

    public string? ApiKey { get; set; }

    /// <summary>Weight of the cosine similarity in the fused ranking (lexical is 0.8, a matched situation up to 1).</summary>
    public double Weight { get; set; } = 0.6;

    /// <summary>Longest a search waits for the query's embedding before it ranks without it.</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromMilliseconds(300);

    public int BatchSize { get; set; } = 64;
}
