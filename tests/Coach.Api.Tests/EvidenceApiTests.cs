using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

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
    public async Task ALineOfAStoredCallIsExplainedOnDemandIncludingACorrectedLabel()
    {
        await using var factory = new CoachApiFactory();
        await using var coach = await SignedInClient.SignInAsync(factory, "coach.east");
        var imported = await ImportApiTests.ImportAsync(coach.Http, Encoding.UTF8.GetBytes(ReviewApiTests.KnownCall), "text/plain", "?rep=Sam");
        var callId = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("callId").GetString()!;

        await coach.Http.PutAsJsonAsync($"/api/calls/{callId}/utterances/6/labels", new { objection = "competitor" });

        var evidence = (await coach.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}/utterances/6/evidence")).EnumerateArray()
            .Single(e => e.GetProperty("task").GetString() == "objection");
        var hub = await coach.ConnectAsync();
        var live = (await hub.InvokeAsync<JsonElement>("ExplainLine", callId, 9)).EnumerateArray().Single(e => e.GetProperty("task").GetString() == "signal");

        Assert.Equal("competitor", evidence.GetProperty("label").GetString());
        const string line6 = "Honestly, your price is much higher than what we pay for our current tool.";
        Assert.All(evidence.GetProperty("spans").EnumerateArray(), s => Assert.Equal(s.GetProperty("text").GetString(),
            line6.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32())));
        Assert.NotEqual("none", live.GetProperty("label").GetString());
        Assert.NotEmpty(live.GetProperty("spans").EnumerateArray());
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
