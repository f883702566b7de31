using System.Net;
using System.Text.Json;

namespace Coach.Api.Tests;

public sealed class PlaybookApiTests(CoachApiFactory factory) : IClassFixture<CoachApiFactory>
{
    [Fact]
    public async Task SearchReturnsTheBestSnippetsWithTheirSituations()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/playbook/search?q=" + Uri.EscapeDataString("客户嫌贵") + "&top=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var hits = body.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, hits.Count);
        foreach (var hit in hits)
        {
            foreach (var field in new[] { "id", "title", "lang", "situations", "text", "score" })
            {
                Assert.True(hit.TryGetProperty(field, out _), $"missing {field}");
            }
        }

        Assert.Contains(hits, h => h.GetProperty("situations").EnumerateArray().Any(s => s.GetString() == "objection.price"));
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task LanguageAndSituationFiltersAreApplied()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/playbook/search?q=they%20want%20a%20pilot&lang=zh&situation=signal.trial&top=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(body.RootElement.EnumerateArray());
        Assert.All(body.RootElement.EnumerateArray(), h =>
        {
            Assert.Equal("zh", h.GetProperty("lang").GetString());
            Assert.Contains("signal.trial", h.GetProperty("situations").EnumerateArray().Select(s => s.GetString()));
        });
    }

    [Theory]
    [InlineData("/api/playbook/search", "q")]
    [InlineData("/api/playbook/search?q=price&top=0", "top")]
    [InlineData("/api/playbook/search?q=price&top=500", "top")]
    [InlineData("/api/playbook/search?q=price&lang=de", "lang")]
    [InlineData("/api/playbook/search?q=price&situation=objection.cheap", "situation")]
    public async Task BadSearchesGetA400SayingWhichParameterIsWrong(string url, string parameter)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task ATopThatIsNotANumberIsRejected()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/playbook/search?q=price&top=three");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("top", await response.Content.ReadAsStringAsync());
    }
}
