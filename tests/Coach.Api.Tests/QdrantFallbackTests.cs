using System.Net;
using System.Text.Json;

namespace Coach.Api.Tests;

public sealed class QdrantFallbackTests
{
    [Fact]
    public async Task WithQdrantUnreachableTheServiceStartsSearchesInProcessAndHealthSaysSo()
    {
        await using var factory = new CoachApiFactory(new Dictionary<string, string?>
        {
            ["Coach:Playbook:Qdrant:Url"] = "http://127.0.0.1:9",
            ["Coach:Playbook:Qdrant:Timeout"] = "00:00:01",
        });
        using var client = factory.CreateClient();

        var search = await client.GetAsync("/api/playbook/search?q=" + Uri.EscapeDataString("客户嫌贵"));
        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        using var hits = JsonDocument.Parse(await search.Content.ReadAsStringAsync());
        Assert.NotEmpty(hits.RootElement.EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var body = JsonDocument.Parse(await health.Content.ReadAsStringAsync());
        var playbook = body.RootElement.GetProperty("checks").GetProperty("playbook");
        Assert.Equal("Degraded", playbook.GetProperty("status").GetString());
        Assert.Contains("in-process", playbook.GetProperty("description").GetString());
    }
}
