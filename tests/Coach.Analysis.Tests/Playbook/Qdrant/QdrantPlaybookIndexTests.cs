using System.Text.Json.Nodes;
using Coach.Analysis.Playbook;
using Coach.Analysis.Playbook.Qdrant;

namespace Coach.Analysis.Tests.Playbook.Qdrant;

public sealed class QdrantPlaybookIndexTests
{
    private static readonly QdrantOptions Options = new() { Url = "http://qdrant.test:6333", ApiKey = "secret", Collection = "pb" };

    private static PlaybookSnippet Snippet(string id, string text) =>
        new(id, "Price: split the cost", "en", ["objection.price", "close.alternative"], ["budget"], null, null, text);

    private static QdrantPlaybookIndex Index(RecordingQdrant qdrant) =>
        new(new HttpClient(qdrant) { BaseAddress = new Uri("http://qdrant.test:6333/") }, Options);

    [Fact]
    public async Task TheFirstUpsertCreatesTheCollectionWithAnIdfSparseVectorAndKeywordIndexes()
    {
        var qdrant = new RecordingQdrant()
            .Answer("""{"exists":false}""").Answer("true").Answer("""{"status":"completed"}""").Answer("""{"status":"completed"}""")
            .Answer("[]").Answer("""{"status":"completed"}""");

        await Index(qdrant).UpsertAsync([Snippet("en-a", "Split the cost per user per day.")], CancellationToken.None);

        Assert.Equal(
            ["GET /collections/pb/exists", "PUT /collections/pb", "PUT /collections/pb/index?wait=true", "PUT /collections/pb/index?wait=true",
             "POST /collections/pb/points", "PUT /collections/pb/points?wait=true"],
            qdrant.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.All(qdrant.Requests, r => Assert.Equal("secret", r.ApiKey));
        Assert.Equal("idf", qdrant.Requests[1].Body!["sparse_vectors"]!["text"]!["modifier"]!.GetValue<string>());
        Assert.Equal(["situations", "lang"], qdrant.Requests.Skip(2).Take(2).Select(r => r.Body!["field_name"]!.GetValue<string>()));
        var point = qdrant.Requests[5].Body!["points"]![0]!;
        Assert.Equal(QdrantPlaybookIndex.PointId("en-a"), point["id"]!.GetValue<string>());
        Assert.Equal(["objection.price", "close.alternative"], point["payload"]!["situations"]!.AsArray().Select(x => x!.GetValue<string>()));
        var sparse = point["vector"]!["text"]!;
        Assert.Equal(sparse["indices"]!.AsArray().Count, sparse["values"]!.AsArray().Count);
        Assert.True(sparse["indices"]!.AsArray().Count > 3);
    }

    [Fact]
    public async Task UpsertingUnchangedSnippetsWritesNothing()
    {
        var snippet = Snippet("en-a", "Split the cost per user per day.");
        var qdrant = new RecordingQdrant()
            .Answer("""{"exists":true}""")
            .Answer(_ => new JsonArray(new JsonObject
            {
                ["id"] = QdrantPlaybookIndex.PointId("en-a"),
                ["payload"] = new JsonObject { ["hash"] = snippet.ContentHash },
            }));

        await Index(qdrant).UpsertAsync([snippet], CancellationToken.None);

        Assert.Equal(["GET /collections/pb/exists", "POST /collections/pb/points"], qdrant.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.False(qdrant.Requests[1].Body!["with_vector"]!.GetValue<bool>());
    }

    [Fact]
    public async Task SearchSendsASparseQueryWithLanguageAndSituationFiltersAndReadsThePoints()
    {
        var qdrant = new RecordingQdrant()
            .Answer("""{"exists":true}""")
            .Answer("""
                {"points":[{"id":"x","version":1,"score":3.5,"payload":{"snippet_id":"en-a","title":"T","lang":"en",
                 "situations":["objection.price"],"keywords":["budget"],"stage":null,"role":null,"text":"Say: hi","hash":"h"}}]}
                """);

        var hits = await Index(qdrant).SearchAsync(new PlaybookQuery("too expensive", "en", ["objection.price"], 5), CancellationToken.None);

        var request = qdrant.Requests[1];
        Assert.Equal("POST /collections/pb/points/query", $"{request.Method} {request.Path}");
        Assert.Equal("text", request.Body!["using"]!.GetValue<string>());
        Assert.Equal(5, request.Body["limit"]!.GetValue<int>());
        Assert.NotEmpty(request.Body["query"]!["indices"]!.AsArray());
        var must = request.Body["filter"]!["must"]!.AsArray();
        Assert.Equal("en", must[0]!["match"]!["value"]!.GetValue<string>());
        Assert.Equal("objection.price", must[1]!["match"]!["any"]![0]!.GetValue<string>());
        var hit = Assert.Single(hits);
        Assert.Equal("en-a", hit.Snippet.Id);
        Assert.Equal(3.5, hit.Score);
    }

    [Fact]
    public async Task WithoutLexicalMatchesASituationFilterStillReturnsItsSnippetsThroughScroll()
    {
        var qdrant = new RecordingQdrant()
            .Answer("""{"exists":true}""")
            .Answer("""{"points":[]}""")
            .Answer("""{"points":[{"id":"y","payload":{"snippet_id":"zh-a","title":"T","lang":"zh","situations":["signal.trial"],"keywords":[],"text":"可以说:试试"}}],"next_page_offset":null}""");

        var hits = await Index(qdrant).SearchAsync(new PlaybookQuery("pilot", null, ["signal.trial"], 3), CancellationToken.None);

        Assert.Equal("POST /collections/pb/points/scroll", $"{qdrant.Requests[2].Method} {qdrant.Requests[2].Path}");
        Assert.Equal("zh-a", Assert.Single(hits).Snippet.Id);
    }

    [Fact]
    public async Task AQdrantErrorSurfacesWithItsMessage()
    {
        var qdrant = new RecordingQdrant();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            Index(qdrant).SearchAsync(new PlaybookQuery("x", null, null, 3), CancellationToken.None));

        Assert.Contains("unexpected request", error.Message);
    }
}
