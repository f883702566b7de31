using Coach.Analysis.Playbook;
using Coach.Analysis.Playbook.Qdrant;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coach.Analysis.Tests.Playbook.Qdrant;

public sealed class FallbackPlaybookIndexTests
{
    private static PlaybookSnippet Snippet(string id, string text) =>
        new(id, id, "en", ["objection.price"], [], null, null, text);

    [Fact]
    public async Task WhenQdrantIsUnreachableSearchesAreServedInProcessAndTheIndexSaysSo()
    {
        // Nothing listens on port 9 of loopback: every request to "Qdrant" fails at once.
        var options = new QdrantOptions { Url = "http://127.0.0.1:9", Timeout = TimeSpan.FromSeconds(1) };
        var qdrant = new QdrantPlaybookIndex(new HttpClient { BaseAddress = new Uri("http://127.0.0.1:9/") }, options);
        var index = new FallbackPlaybookIndex(qdrant, new InProcessPlaybookIndex(), options,
            NullLogger<FallbackPlaybookIndex>.Instance, TimeProvider.System);

        await index.UpsertAsync([Snippet("en-a", "Split the cost per user per day.")], CancellationToken.None);
        var hits = await index.SearchAsync(new PlaybookQuery("cost per user", null, null, 3), CancellationToken.None);

        Assert.Equal("en-a", Assert.Single(hits).Snippet.Id);
        Assert.True(index.IsDegraded);
        Assert.NotNull(index.LastError);
        Assert.Contains("in-process", index.Name);
    }
}

public sealed class FallbackRecoveryTests
{
    private sealed class ManualTime : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task AfterAFailureQdrantIsTriedAgainOnceTheRetryDelayHasPassedAndServesAgain()
    {
        var options = new QdrantOptions { Url = "http://qdrant.test:6333", Collection = "pb", RetryAfter = TimeSpan.FromSeconds(15) };
        var qdrant = new RecordingQdrant()
            .Answer("""{"exists":true}""")
            .Answer(_ => throw new HttpRequestException("connection reset"))
            .Answer("""{"points":[{"id":"x","score":2.0,"payload":{"snippet_id":"en-q","title":"Q","lang":"en","situations":["objection.price"],"keywords":[],"text":"from qdrant"}}]}""");
        var time = new ManualTime();
        var local = new InProcessPlaybookIndex();
        await local.UpsertAsync([new PlaybookSnippet("en-local", "L", "en", ["objection.price"], [], null, null, "cost per user")], CancellationToken.None);
        var index = new FallbackPlaybookIndex(
            new QdrantPlaybookIndex(new HttpClient(qdrant) { BaseAddress = new Uri("http://qdrant.test:6333/") }, options),
            local, options, Microsoft.Extensions.Logging.Abstractions.NullLogger<FallbackPlaybookIndex>.Instance, time);
        var query = new PlaybookQuery("cost per user", null, null, 3);

        var duringOutage = await index.SearchAsync(query, CancellationToken.None);
        time.Now += TimeSpan.FromSeconds(5);
        var stillWaiting = await index.SearchAsync(query, CancellationToken.None);
        var requestsWhileWaiting = qdrant.Requests.Count;
        time.Now += TimeSpan.FromSeconds(11);
        var recovered = await index.SearchAsync(query, CancellationToken.None);

        Assert.Equal("en-local", Assert.Single(duringOutage).Snippet.Id);
        Assert.Equal("en-local", Assert.Single(stillWaiting).Snippet.Id);
        Assert.Equal(2, requestsWhileWaiting);
        Assert.Equal("en-q", Assert.Single(recovered).Snippet.Id);
        Assert.False(index.IsDegraded);
    }
}
