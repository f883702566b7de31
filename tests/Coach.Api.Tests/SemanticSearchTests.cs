using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Coach.Api.Tests;

public sealed class SemanticSearchTests
{
    private const string AdminKey = "admin-key-0123456789abcdef";

    private static Dictionary<string, string?> Settings(string? endpoint) => new()
    {
        ["Coach:ApiKeys:0:Key"] = AdminKey,
        ["Coach:ApiKeys:0:Role"] = "admin",
        ["Coach:Playbook:Embeddings:Endpoint"] = endpoint,
        ["Coach:Playbook:Embeddings:Model"] = "fake-embedder",
    };

    private static async Task<List<string>> TopIdsAsync(HttpClient client, string q)
    {
        var hits = await client.GetFromJsonAsync<JsonElement>("/api/playbook/search?top=3&q=" + Uri.EscapeDataString(q));
        return [.. hits.EnumerateArray().Select(h => h.GetProperty("id").GetString()!)];
    }

    private static async Task AddPommeSnippetAsync(HttpClient admin)
    {
        var created = await admin.PostAsJsonAsync("/api/playbook", new
        {
            id = "en-test-pomme", title = "Orchard opener", lang = "en", situations = new[] { "stage.opening" },
            text = "Start from their pomme harvest. Say: \"how did the pomme harvest go this year?\"",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task WithAnEmbedderConfiguredSearchFindsASnippetThatSharesNoWordWithTheQuery()
    {
        await using var embedder = await FakeEmbeddingServer.StartAsync();
        await using var factory = new CoachApiFactory(Settings(embedder.Endpoint));
        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);

        await AddPommeSnippetAsync(admin);
        var top = await TopIdsAsync(admin, "apple growers");

        Assert.Contains("en-test-pomme", top);
        Assert.Contains("apple growers", embedder.Inputs);
        Assert.Contains(embedder.Inputs, i => i.Contains("pomme harvest"));
    }

    [Fact]
    public async Task WithoutAnEmbedderTheSameQueryDoesNotFindIt()
    {
        await using var factory = new CoachApiFactory(Settings(null));
        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", AdminKey);

        await AddPommeSnippetAsync(admin);

        Assert.DoesNotContain("en-test-pomme", await TopIdsAsync(admin, "apple growers"));
    }

    [Fact]
    public async Task AnEmbedderThatDoesNotAnswerLeavesSearchLexical()
    {
        await using var factory = new CoachApiFactory(Settings("http://127.0.0.1:9/v1"));
        using var client = factory.CreateClient();

        var top = await TopIdsAsync(client, "客户嫌贵");

        Assert.Equal(3, top.Count);
    }
}
