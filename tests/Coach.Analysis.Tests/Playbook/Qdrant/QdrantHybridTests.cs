using System.Text.Json.Nodes;
using Coach.Analysis.Playbook;
using Coach.Analysis.Playbook.Qdrant;
using Microsoft.Extensions.AI;

namespace Coach.Analysis.Tests.Playbook.Qdrant;

public sealed class QdrantHybridTests
{
    /// <summary>Stands in for an embedding service: a fixed 4-dimensional vector per text.</summary>
    private sealed class FixedEmbedder(bool fail = false) : IEmbeddingGenerator<string, Embedding<float>>
    {
        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values,
            EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            fail
                ? throw new InvalidOperationException("embedder down")
                : Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(v => new Embedding<float>(new float[] { v.Length, 1, 0, 0 }))));

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }

    private static readonly QdrantOptions Options = new() { Url = "http://qdrant.test:6333", Collection = "pb" };

    private static QdrantPlaybookIndex Index(RecordingQdrant qdrant, bool failingEmbedder = false) =>
        new(new HttpClient(qdrant) { BaseAddress = new Uri("http://qdrant.test:6333/") }, Options, new FixedEmbedder(failingEmbedder));

    [Fact]
    public async Task WithAnEmbedderTheCollectionAndPointsCarryADenseVector()
    {
        var qdrant = new RecordingQdrant()
            .Answer("""{"exists":false}""").Answer("true").Answer("{}").Answer("{}").Answer("[]").Answer("{}");

        await Index(qdrant).UpsertAsync([new PlaybookSnippet("en-a", "T", "en", ["objection.price"], [], null, null, "Say: hi")], CancellationToken.None);

        var create = qdrant.Requests[1].Body!;
        Assert.Equal(4, create["vectors"]!["dense"]!["size"]!.GetValue<int>());
        Assert.Equal("Cosine", create["vectors"]!["dense"]!["distance"]!.GetValue<string>());
        Assert.Equal(4, qdrant.Requests[5].Body!["points"]![0]!["vector"]!["dense"]!.AsArray().Count);
    }

    [Fact]
    public async Task SearchFusesSparseAndDensePrefetchesByReciprocalRank()
    {
        var qdrant = new RecordingQdrant().Answer("""{"exists":true}""").Answer("""{"points":[]}""").Answer("""{"points":[]}""");

        await Index(qdrant).SearchAsync(new PlaybookQuery("too expensive", "zh", ["objection.price"], 5), CancellationToken.None);

        var body = qdrant.Requests[1].Body!;
        Assert.Equal("rrf", body["query"]!["fusion"]!.GetValue<string>());
        var prefetch = body["prefetch"]!.AsArray();
        Assert.Equal(["text", "dense"], prefetch.Select(p => p!["using"]!.GetValue<string>()));
        Assert.All(prefetch, p => Assert.Equal("zh", p!["filter"]!["must"]![0]!["match"]!["value"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AFailingEmbedderLeavesSearchSparse()
    {
        var qdrant = new RecordingQdrant().Answer("""{"exists":true}""").Answer(_ => JsonNode.Parse("""{"points":[]}"""))
            .Answer("""{"points":[]}""");

        await Index(qdrant, failingEmbedder: true).SearchAsync(new PlaybookQuery("too expensive", null, null, 5), CancellationToken.None);

        Assert.Equal("text", qdrant.Requests[1].Body!["using"]!.GetValue<string>());
        Assert.Null(qdrant.Requests[1].Body!["prefetch"]);
    }
}
