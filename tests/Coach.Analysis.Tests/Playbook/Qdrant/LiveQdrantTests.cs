using Coach.Analysis.Playbook;
using Coach.Analysis.Playbook.Qdrant;

namespace Coach.Analysis.Tests.Playbook.Qdrant;

/// <summary>The same operations against a real Qdrant named by QDRANT_URL (and QDRANT_API_KEY if it needs one).</summary>
public sealed class LiveQdrantTests
{
    private static QdrantPlaybookIndex NewIndex(out string collection)
    {
        var url = Environment.GetEnvironmentVariable("QDRANT_URL")!;
        collection = "salescoach-test-" + Guid.NewGuid().ToString("N")[..8];
        var options = new QdrantOptions { Url = url, ApiKey = Environment.GetEnvironmentVariable("QDRANT_API_KEY"), Collection = collection };
        return new QdrantPlaybookIndex(new HttpClient { BaseAddress = new Uri(url.TrimEnd('/') + "/") }, options);
    }

    [QdrantFact]
    public async Task ShippedSnippetsAreUpsertedIdempotentlyAndFoundByTextAndSituation()
    {
        var index = NewIndex(out _);
        var snippets = PlaybookLoader.LoadFolder(TestPaths.Playbook).ToList();

        await index.UpsertAsync(snippets, CancellationToken.None);
        await index.UpsertAsync(snippets, CancellationToken.None);
        var byText = await index.SearchAsync(new PlaybookQuery("嫌贵 预算", "zh", null, 5), CancellationToken.None);
        var bySituation = await index.SearchAsync(new PlaybookQuery("", null, ["close.urgency"], 5), CancellationToken.None);

        Assert.NotEmpty(byText);
        Assert.All(byText, h => Assert.Equal("zh", h.Snippet.Lang));
        Assert.All(bySituation, h => Assert.Contains("close.urgency", h.Snippet.Situations));
        await index.DeleteAsync([bySituation[0].Snippet.Id], CancellationToken.None);
        var after = await index.SearchAsync(new PlaybookQuery("", null, ["close.urgency"], 100), CancellationToken.None);
        Assert.DoesNotContain(after, h => h.Snippet.Id == bySituation[0].Snippet.Id);
    }
}
