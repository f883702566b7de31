using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace Coach.Analysis.Playbook.Qdrant;

/// <summary>
/// The playbook in Qdrant, over its documented REST API (the Qdrant.Client package is not on our
/// package mirror). One point per snippet: id derived from the snippet id, a sparse "text" vector
/// (<see cref="SparseVector"/>, <c>modifier: idf</c>), payload with the snippet, its situations and
/// language (keyword-indexed for filters) and a content hash, so an upsert of unchanged snippets
/// writes nothing. With an embedder configured each point also carries a "dense" vector, and search
/// fuses the sparse and dense queries with Qdrant's reciprocal-rank fusion.
/// </summary>
public sealed class QdrantPlaybookIndex(HttpClient http, QdrantOptions options,
    IEmbeddingGenerator<string, Embedding<float>>? embedder = null) : IPlaybookIndex
{
    private const string SparseName = "text";
    private const string DenseName = "dense";
    private const int Batch = 256;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private bool _collectionReady;

    public string Name => "qdrant";

    private string Collection => Uri.EscapeDataString(options.Collection);

    /// <summary>Creates the collection and its payload indexes when missing; safe to call again.</summary>
    public async Task EnsureCollectionAsync(CancellationToken ct)
    {
        if (_collectionReady)
        {
            return;
        }

        var exists = await SendAsync<JsonNode>(HttpMethod.Get, $"collections/{Collection}/exists", null, ct);
        if (exists?["exists"]?.GetValue<bool>() != true)
        {
            var vectors = new JsonObject();
            if (embedder is not null)
            {
                var probe = await EmbedAsync(["dimension probe"], ct);
                vectors[DenseName] = new JsonObject { ["size"] = probe[0].Vector.Length, ["distance"] = "Cosine" };
            }

            await SendAsync<JsonNode>(HttpMethod.Put, $"collections/{Collection}", new JsonObject
            {
                ["vectors"] = vectors,
                ["sparse_vectors"] = new JsonObject { [SparseName] = new JsonObject { ["modifier"] = "idf" } },
            }, ct);
            foreach (var field in new[] { "situations", "lang" })
            {
                await SendAsync<JsonNode>(HttpMethod.Put, $"collections/{Collection}/index?wait=true",
                    new JsonObject { ["field_name"] = field, ["field_schema"] = "keyword" }, ct);
            }
        }

        _collectionReady = true;
    }

    public async Task UpsertAsync(IReadOnlyCollection<PlaybookSnippet> snippets, CancellationToken ct)
    {
        await EnsureCollectionAsync(ct);
        foreach (var chunk in snippets.Chunk(Batch))
        {
            var stored = await StoredHashesAsync(chunk.Select(s => PointId(s.Id)).ToArray(), ct);
            var changed = chunk.Where(s => stored.GetValueOrDefault(PointId(s.Id)) != s.ContentHash).ToList();
            if (changed.Count == 0)
            {
                continue;
            }

            var dense = embedder is null ? null
                : await EmbedAsync(changed.Select(s => $"{s.Title}\n{string.Join(", ", s.Keywords)}\n{s.Text}"), ct);
            var points = new JsonArray([.. changed.Select((s, i) =>
            {
                var vector = new JsonObject { [SparseName] = JsonSerializer.SerializeToNode(SparseVector.ForDocument(s), Json) };
                if (dense is not null)
                {
                    vector[DenseName] = new JsonArray([.. dense[i].Vector.ToArray().Select(v => (JsonNode)v)]);
                }

                return (JsonNode)new JsonObject { ["id"] = PointId(s.Id), ["vector"] = vector, ["payload"] = Payload(s) };
            })]);
            await SendAsync<JsonNode>(HttpMethod.Put, $"collections/{Collection}/points?wait=true", new JsonObject { ["points"] = points }, ct);
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        await EnsureCollectionAsync(ct);
        await SendAsync<JsonNode>(HttpMethod.Post, $"collections/{Collection}/points/delete?wait=true",
            new JsonObject { ["points"] = new JsonArray([.. ids.Select(id => (JsonNode)PointId(id))]) }, ct);
    }

    public async Task<IReadOnlyList<PlaybookIndexHit>> SearchAsync(PlaybookQuery query, CancellationToken ct)
    {
        await EnsureCollectionAsync(ct);
        var filter = Filter(query);
        var vector = SparseVector.ForQuery(query.Text);
        var hits = new List<PlaybookIndexHit>();
        if (vector.Indices.Length > 0)
        {
            var body = new JsonObject
            {
                ["query"] = JsonSerializer.SerializeToNode(vector, Json),
                ["using"] = SparseName,
                ["limit"] = query.Limit,
                ["with_payload"] = true,
            };
            if (filter is not null)
            {
                body["filter"] = filter;
            }

            var queryEmbedding = embedder is null ? null : await TryEmbedQueryAsync(query.Text, ct);
            if (queryEmbedding is not null)
            {
                // Hybrid: both vectors as prefetches, fused by reciprocal rank (Qdrant's Query API).
                var sparsePrefetch = new JsonObject
                {
                    ["query"] = body["query"]!.DeepClone(), ["using"] = SparseName, ["limit"] = query.Limit * 2,
                };
                var densePrefetch = new JsonObject
                {
                    ["query"] = new JsonArray([.. queryEmbedding[0].Vector.ToArray().Select(v => (JsonNode)v)]),
                    ["using"] = DenseName, ["limit"] = query.Limit * 2,
                };
                if (filter is not null)
                {
                    sparsePrefetch["filter"] = filter.DeepClone();
                    densePrefetch["filter"] = filter.DeepClone();
                }

                body = new JsonObject
                {
                    ["prefetch"] = new JsonArray(sparsePrefetch, densePrefetch),
                    ["query"] = new JsonObject { ["fusion"] = "rrf" },
                    ["limit"] = query.Limit,
                    ["with_payload"] = true,
                };
            }

            var result = await SendAsync<JsonNode>(HttpMethod.Post, $"collections/{Collection}/points/query", body, ct);
            hits.AddRange(Points(result?["points"]));
        }

        if (hits.Count == 0 && (query.Situations is { Count: > 0 } || vector.Indices.Length == 0))
        {
            var body = new JsonObject { ["limit"] = query.Limit, ["with_payload"] = true };
            if (filter is not null)
            {
                body["filter"] = filter.DeepClone();
            }

            var result = await SendAsync<JsonNode>(HttpMethod.Post, $"collections/{Collection}/points/scroll", body, ct);
            hits.AddRange(Points(result?["points"]).Select(h => h with { Score = 0 }));
        }

        return hits;
    }

    /// <summary>Embeddings for Qdrant's dense vectors; an embedder failure surfaces as an HTTP failure of the index.</summary>
    private async Task<GeneratedEmbeddings<Embedding<float>>> EmbedAsync(IEnumerable<string> texts, CancellationToken ct)
    {
        try
        {
            return await embedder!.GenerateAsync(texts, cancellationToken: ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            throw new HttpRequestException($"Embedding for Qdrant's dense vectors failed: {ex.Message}", ex);
        }
    }

    /// <summary>The query's embedding, or null (sparse search alone) when the embedder fails.</summary>
    private async Task<GeneratedEmbeddings<Embedding<float>>?> TryEmbedQueryAsync(string text, CancellationToken ct)
    {
        try
        {
            return await EmbedAsync([text], ct);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>A stable UUID for a snippet id (Qdrant point ids are integers or UUIDs).</summary>
    public static string PointId(string snippetId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("salescoach-playbook:" + snippetId));
        return new Guid(hash.AsSpan(0, 16)).ToString();
    }

    private async Task<Dictionary<string, string>> StoredHashesAsync(string[] pointIds, CancellationToken ct)
    {
        var result = await SendAsync<JsonNode>(HttpMethod.Post, $"collections/{Collection}/points", new JsonObject
        {
            ["ids"] = new JsonArray([.. pointIds.Select(id => (JsonNode)id)]),
            ["with_payload"] = new JsonArray("hash"),
            ["with_vector"] = false,
        }, ct);
        var hashes = new Dictionary<string, string>();
        foreach (var point in result?.AsArray() ?? [])
        {
            if (point?["id"]?.ToString() is { } id && point["payload"]?["hash"]?.GetValue<string>() is { } hash)
            {
                hashes[id] = hash;
            }
        }

        return hashes;
    }

    private static JsonObject? Filter(PlaybookQuery query)
    {
        var must = new JsonArray();
        if (query.Lang is not null)
        {
            must.Add(new JsonObject { ["key"] = "lang", ["match"] = new JsonObject { ["value"] = query.Lang } });
        }

        if (query.Situations is { Count: > 0 } situations)
        {
            must.Add(new JsonObject
            {
                ["key"] = "situations",
                ["match"] = new JsonObject { ["any"] = new JsonArray([.. situations.Select(s => (JsonNode)s)]) },
            });
        }

        return must.Count == 0 ? null : new JsonObject { ["must"] = must };
    }

    private static JsonObject Payload(PlaybookSnippet s) => new()
    {
        ["snippet_id"] = s.Id,
        ["title"] = s.Title,
        ["lang"] = s.Lang,
        ["situations"] = new JsonArray([.. s.Situations.Select(x => (JsonNode)x)]),
        ["keywords"] = new JsonArray([.. s.Keywords.Select(x => (JsonNode)x)]),
        ["stage"] = s.Stage,
        ["role"] = s.Role,
        ["text"] = s.Text,
        ["hash"] = s.ContentHash,
    };

    private static IEnumerable<PlaybookIndexHit> Points(JsonNode? points)
    {
        foreach (var point in points?.AsArray() ?? [])
        {
            var p = point?["payload"];
            if (p?["snippet_id"]?.GetValue<string>() is not { } id)
            {
                continue;
            }

            var snippet = new PlaybookSnippet(id, p["title"]?.GetValue<string>() ?? "", p["lang"]?.GetValue<string>() ?? "",
                [.. (p["situations"]?.AsArray() ?? []).Select(x => x!.GetValue<string>())],
                [.. (p["keywords"]?.AsArray() ?? []).Select(x => x!.GetValue<string>())],
                p["stage"]?.GetValue<string>(), p["role"]?.GetValue<string>(), p["text"]?.GetValue<string>() ?? "");
            yield return new PlaybookIndexHit(snippet, point!["score"]?.GetValue<double>() ?? 0);
        }
    }

    /// <summary>Sends one request and returns Qdrant's <c>result</c>; a non-success status throws with Qdrant's message.</summary>
    private async Task<T?> SendAsync<T>(HttpMethod method, string path, JsonNode? body, CancellationToken ct) where T : class
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            request.Headers.Add("api-key", options.ApiKey);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Timeout);
        using var response = await http.SendAsync(request, timeout.Token);
        var text = await response.Content.ReadAsStringAsync(timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Qdrant answered {(int)response.StatusCode} to {method} {path}: {text}", null, response.StatusCode);
        }

        return JsonNode.Parse(text)?["result"] is { } result ? result as T ?? result.Deserialize<T>(Json) : null;
    }
}
