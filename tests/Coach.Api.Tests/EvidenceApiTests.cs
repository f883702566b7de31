using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Coach.Api.Tests;

/// <summary>Every label says what drove it (spans of the line and the model version); the models publish their scores.</summary>
public sealed class EvidenceApiTests
{
    [Fact]
    public async Task AnAnalyzedLineCarriesTheSpansBehindItsLabelsAndTheModelVersion()
    {
        await using var factory = new CoachApiFactory();
        using var client = factory.CreateClient();
        const string text = "Honestly your price is much higher than what we pay now";

        var result = await (await client.PostAsJsonAsync("/api/analyze", new { speaker = "customer", text }))
            .Content.ReadFromJsonAsync<JsonElement>();

        var objection = result.GetProperty("evidence").EnumerateArray().Single(e => e.GetProperty("task").GetString() == "objection");
        Assert.Equal("price", objection.GetProperty("label").GetString());
        Assert.Matches("^[0-9a-f]{12}$", objection.GetProperty("modelVersion").GetString());
        var spans = objection.GetProperty("spans").EnumerateArray().ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.Equal(s.GetProperty("text").GetString(),
            text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32())));
        Assert.Contains(spans, s => s.GetProperty("text").GetString()!.Contains("price"));
    }

    [Fact]
    public async Task TheReviewKeepsTheEvidenceGivenWhenTheLineWasLabeled()
    {
        await using var factory = new CoachApiFactory();
        await using var coach = await SignedInClient.SignInAsync(factory, "coach.east");
        var imported = await ImportApiTests.ImportAsync(coach.Http, Encoding.UTF8.GetBytes(ReviewApiTests.KnownCall), "text/plain", "?rep=Sam");
        var callId = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("callId").GetString()!;

        var review = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");

        var evidence = review.GetProperty("utterances")[5].GetProperty("evidence").EnumerateArray()
            .Single(e => e.GetProperty("task").GetString() == "objection");
        Assert.Equal("price", evidence.GetProperty("label").GetString());
        Assert.NotEmpty(evidence.GetProperty("spans").EnumerateArray());
    }

    [Fact]
    public async Task TheModelsListTheirVersionAndPublishedScoresPerLabel()
    {
        await using var factory = new CoachApiFactory();
        using var client = factory.CreateClient();

        var models = await client.GetFromJsonAsync<JsonElement>("/api/models");

        Assert.Equal(["close", "need", "objection", "signal", "spin"],
            models.EnumerateArray().Select(m => m.GetProperty("task").GetString()).Order());
        var need = models.EnumerateArray().Single(m => m.GetProperty("task").GetString() == "need");
        Assert.Matches("^[0-9a-f]{12}$", need.GetProperty("version").GetString());
        Assert.True(need.GetProperty("labels").GetProperty("latent").GetProperty("f1").GetDouble() > 0.5);
    }
}
