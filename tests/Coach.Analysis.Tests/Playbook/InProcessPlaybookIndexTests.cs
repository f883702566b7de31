using Coach.Analysis.Playbook;

namespace Coach.Analysis.Tests.Playbook;

public sealed class InProcessPlaybookIndexTests
{
    private static PlaybookSnippet S(string id, string lang, string situation, string text) =>
        new(id, id, lang, [situation], [], null, null, text);

    [Fact]
    public async Task LexicalSearchRanksTheMatchingSnippetFirstAndHonoursFilters()
    {
        var index = new InProcessPlaybookIndex();
        await index.UpsertAsync(
        [
            S("en-price", "en", "objection.price", "When they say it is too expensive, split the cost per user."),
            S("en-trial", "en", "signal.trial", "Offer a two week pilot with one team."),
            S("zh-price", "zh", "objection.price", "客户嫌贵时,先认同,再把成本摊到每天。"),
        ], CancellationToken.None);

        Assert.Equal("en-price", index.Search(new PlaybookQuery("too expensive", null, null, 3))[0].Snippet.Id);
        Assert.Equal("zh-price", index.Search(new PlaybookQuery("嫌贵", null, null, 3))[0].Snippet.Id);
        Assert.All(index.Search(new PlaybookQuery("", "zh", null, 10)), h => Assert.Equal("zh", h.Snippet.Lang));
        Assert.Equal(["en-trial"], index.Search(new PlaybookQuery("", null, ["signal.trial"], 10)).Select(h => h.Snippet.Id));
    }

    [Fact]
    public async Task UpsertingTheSameIdReplacesAndDeletingRemoves()
    {
        var index = new InProcessPlaybookIndex();
        await index.UpsertAsync([S("en-a", "en", "objection.price", "first text about discounts")], CancellationToken.None);
        await index.UpsertAsync([S("en-a", "en", "objection.price", "second text about pilots")], CancellationToken.None);

        Assert.Equal(1, index.Count);
        Assert.Empty(index.Search(new PlaybookQuery("discounts", null, null, 3)));
        await index.DeleteAsync(["en-a"], CancellationToken.None);
        Assert.Equal(0, index.Count);
    }
}
