using System.Net;
using System.Text.Json;

namespace Coach.Api.Tests;

public sealed class HealthTests(CoachApiFactory factory) : IClassFixture<CoachApiFactory>
{
    [Fact]
    public async Task HealthIsOkOnceTheModelsAreLoaded()
    {
        using var client = factory.CreateClient();
        Assert.StartsWith("http://127.0.0.1:", client.BaseAddress!.ToString());

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("models").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("playbook").GetProperty("status").GetString());
        Assert.Equal("SQLite answers", body.RootElement.GetProperty("checks").GetProperty("store").GetProperty("description").GetString());
        Assert.False(body.RootElement.GetProperty("checks").TryGetProperty("backplane", out _), "no backplane check without Redis");
    }
}
