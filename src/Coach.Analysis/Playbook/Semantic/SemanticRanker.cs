using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace Coach.Analysis.Playbook.Semantic;

/// <summary>
/// Dense retrieval next to the lexical index: each snippet's embedding (title, keywords and body)
/// from an <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/>, cosine similarity against the query's.
/// Exact search over a playbook-sized set needs no vector database; Qdrant holds the sparse vectors.
/// Any failure of the embedder leaves search lexical: it never fails a rep's request.
/// </summary>
public sealed partial class SemanticRanker(
    IEmbeddingGenerator<string, Embedding<float>> generator,
    EmbeddingOptions options,
    ILogger<SemanticRanker> logger)
{
    private readonly SemaphoreSlim _write = new(1, 1);
    private Dictionary<string, Entry> _entries = [];

    public bool IsReady => _entries.Count > 0;

    /// <summary>Embeds the snippets whose content changed since they were last embedded.</summary>
    public async Task UpsertAsync(IReadOnlyCollection<PlaybookSnippet> snippets, CancellationToken ct)
    {
        await _write.WaitAsync(ct);
        try
        {
            var next = new Dictionary<string, Entry>(_entries);
            var changed = snippets.Where(s => !next.TryGetValue(s.Id, out var e) || e.Snippet.ContentHash != s.ContentHash).ToList();
            foreach (var batch in changed.Chunk(Math.Max(1, options.BatchSize)))
            {
                var embeddings = await generator.GenerateAsync(batch.Select(Document), cancellationToken: ct);
                for (var i = 0; i < batch.Length; i++)
                {
                    next[batch[i].Id] = new Entry(batch[i], Normalize(embeddings[i].Vector.Span));
                }
            }

            _entries = next;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            LogEmbeddingFailed(logger, ex.Message);
        }
        finally
        {
            _write.Release();
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        await _write.WaitAsync(ct);
        try
        {
            var next = new Dictionary<string, Entry>(_entries);
            foreach (var id in ids)
            {
                next.Remove(id);
            }

            _entries = next;
        }
        finally
        {
            _write.Release();
        }
    }

    /// <summary>The snippets most similar to the query that pass the filters; empty when the embedder does not answer in time.</summary>
    public async Task<IReadOnlyList<(PlaybookSnippet Snippet, double Similarity)>> NearestAsync(string query, string? lang,
        string? situation, int top, CancellationToken ct)
    {
        var entries = _entries;
        if (entries.Count == 0)
        {
            return [];
        }

        float[] vector;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(options.QueryTimeout);
            var embedding = await generator.GenerateAsync([query], cancellationToken: timeout.Token);
            vector = Normalize(embedding[0].Vector.Span);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogQueryEmbeddingFailed(logger, ex.Message);
            return [];
        }

        return [.. entries.Values
            .Where(e => (lang is null || e.Snippet.Lang == lang) && (situation is null || e.Snippet.Situations.Contains(situation))
                && e.Vector.Length == vector.Length)
            .Select(e => (e.Snippet, Similarity: (double)TensorPrimitives.Dot(e.Vector, vector)))
            .OrderByDescending(x => x.Similarity)
            .Take(top)];
    }

    private static string Document(PlaybookSnippet s) => $"{s.Title}\n{string.Join(", ", s.Keywords)}\n{s.Text}";

    private static float[] Normalize(ReadOnlySpan<float> vector)
    {
        var copy = vector.ToArray();
        var norm = TensorPrimitives.Norm(copy);
        if (norm > 0)
        {
            TensorPrimitives.Divide(copy, norm, copy);
        }

        return copy;
    }

    private sealed record Entry(PlaybookSnippet Snippet, float[] Vector);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Embedding playbook snippets failed ({Reason}); search stays lexical for them")]
    private static partial void LogEmbeddingFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Embedding a search query failed ({Reason}); ranked lexically")]
    private static partial void LogQueryEmbeddingFailed(ILogger logger, string reason);
}
