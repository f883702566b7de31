using Coach.Analysis.Playbook;

namespace Coach.Analysis.Tests.Playbook;

public sealed class PlaybookStoreTests
{
    private static PlaybookSnippet Snippet(string id, string text, string situation = "objection.price") =>
        new(id, "Title " + id, "en", [situation], ["budget"], null, null, text);

    private static (PlaybookStore Store, InProcessPlaybookIndex Index, string Shipped, string Edits) NewStore()
    {
        var shipped = TestPaths.NewTempFolder();
        var edits = TestPaths.NewTempFolder();
        File.WriteAllText(Path.Combine(shipped, "en-shipped.md"),
            SnippetMarkdown.Write(Snippet("en-shipped", "Split the cost per seat per day. Say: \"that is less than a coffee\"")));
        var index = new InProcessPlaybookIndex();
        return (new PlaybookStore(shipped, edits, index), index, shipped, edits);
    }

    [Fact]
    public async Task AnAddedSnippetIsSearchableAtOnceAndSurvivesARestart()
    {
        var (store, index, shipped, edits) = NewStore();
        await store.LoadAsync(CancellationToken.None);

        Assert.Equal(PlaybookChange.Done, await store.AddAsync(Snippet("en-new", "Offer a smaller pilot scope. Say: \"start with one depot\""), CancellationToken.None));

        Assert.Equal("en-new", index.Search(new PlaybookQuery("pilot depot", null, null, 3)).First().Snippet.Id);
        var restarted = new PlaybookStore(shipped, edits, new InProcessPlaybookIndex());
        await restarted.LoadAsync(CancellationToken.None);
        Assert.NotNull(restarted.Find("en-new"));
        Assert.NotNull(restarted.Find("en-shipped"));
    }

    [Fact]
    public async Task EditingAShippedSnippetOverridesItWithoutTouchingTheShippedFile()
    {
        var (store, index, shipped, edits) = NewStore();
        await store.LoadAsync(CancellationToken.None);
        var shippedText = File.ReadAllText(Path.Combine(shipped, "en-shipped.md"));

        await store.UpdateAsync(Snippet("en-shipped", "Compare with the cost of month-end overtime. Say: \"what does overtime cost\""), CancellationToken.None);

        Assert.Equal(shippedText, File.ReadAllText(Path.Combine(shipped, "en-shipped.md")));
        Assert.Contains("overtime", index.Search(new PlaybookQuery("overtime", null, null, 1)).Single().Snippet.Text);
        var restarted = new PlaybookStore(shipped, edits, new InProcessPlaybookIndex());
        await restarted.LoadAsync(CancellationToken.None);
        Assert.Contains("overtime", restarted.Find("en-shipped")!.Text);
    }

    [Fact]
    public async Task ADeletedSnippetIsGoneFromSearchAndStaysGoneAfterARestart()
    {
        var (store, index, shipped, edits) = NewStore();
        await store.LoadAsync(CancellationToken.None);

        Assert.Equal(PlaybookChange.Done, await store.DeleteAsync("en-shipped", CancellationToken.None));

        Assert.Empty(index.Search(new PlaybookQuery("coffee", null, null, 3)));
        var restarted = new PlaybookStore(shipped, edits, new InProcessPlaybookIndex());
        await restarted.LoadAsync(CancellationToken.None);
        Assert.Null(restarted.Find("en-shipped"));
    }

    [Fact]
    public async Task AddingAnExistingIdOrChangingAMissingOneIsRefused()
    {
        var (store, _, _, _) = NewStore();
        await store.LoadAsync(CancellationToken.None);

        Assert.Equal(PlaybookChange.Conflict, await store.AddAsync(Snippet("en-shipped", "x. Say: y"), CancellationToken.None));
        Assert.Equal(PlaybookChange.NotFound, await store.UpdateAsync(Snippet("en-missing", "x. Say: y"), CancellationToken.None));
        Assert.Equal(PlaybookChange.NotFound, await store.DeleteAsync("en-missing", CancellationToken.None));
    }
}
