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
