using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Tests;

/// <summary>Reps mark suggestions used, dismissed or wrong; coaches see it in the review and as accept rates.</summary>
public sealed class SuggestionFeedbackTests
{
    [Fact]
    public async Task ARepsVerdictIsKeptShownInTheReviewAndCountedPerKindAndSnippet()
    {
        await using var factory = new CoachApiFactory();
        await using var rep = await SignedInClient.SignInAsync(factory, "rep.east");
        await using var other = await SignedInClient.SignInAsync(factory, "rep.west");
        await using var coach = await SignedInClient.SignInAsync(factory, "coach.east");
        var hub = await rep.ConnectAsync();
        var suggestions = new ConcurrentQueue<JsonElement>();
        hub.On<JsonElement>("Suggestion", suggestions.Enqueue);
        var callId = (await hub.InvokeAsync<JsonElement>("StartCall", new { lang = "zh" })).GetProperty("callId").GetString()!;
        await hub.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq = 1, speaker = "customer", text = "你们的价格太贵了，比我们预算高一倍" });
        for (var i = 0; i < 100 && suggestions.IsEmpty; i++)
        {
            await Task.Delay(20);
        }

        var card = suggestions.First(s => s.GetProperty("kind").GetString() == "handle_objection");
        var suggestionId = card.GetProperty("id").GetString()!;
        Assert.Equal("urgent", card.GetProperty("priority").GetString());

        await hub.InvokeAsync<JsonElement>("RateSuggestion", new { callId, suggestionId, verdict = "wrong" });
        var rated = await hub.InvokeAsync<JsonElement>("RateSuggestion", new { callId, suggestionId, verdict = "used" });
        var badVerdict = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonElement>("RateSuggestion", new { callId, suggestionId, verdict = "meh" }));
        var unknown = await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonElement>("RateSuggestion", new { callId, suggestionId = "nope", verdict = "used" }));
        var notHers = await Assert.ThrowsAsync<HubException>(async () =>
            await (await other.ConnectAsync()).InvokeAsync<JsonElement>("RateSuggestion", new { callId, suggestionId, verdict = "dismissed" }));

        Assert.Equal("used", rated.GetProperty("verdict").GetString());
        Assert.Contains("verdict must be one of", badVerdict.Message);
        Assert.Contains("has no suggestion", unknown.Message);
        Assert.Contains("belongs to someone else", notHers.Message);

        var review = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");
        var feedback = Assert.Single(review.GetProperty("utterances")[0].GetProperty("feedback").EnumerateArray());
        Assert.Equal("used", feedback.GetProperty("verdict").GetString());
        Assert.Equal("rep.east", feedback.GetProperty("author").GetString());

        var report = await coach.Http.GetFromJsonAsync<JsonElement>("/api/suggestions/feedback");
        var kind = report.GetProperty("byKind").EnumerateArray().Single(k => k.GetProperty("key").GetString() == "handle_objection");
        Assert.Equal(1, kind.GetProperty("given").GetInt32());
        Assert.Equal(1, kind.GetProperty("used").GetInt32());
        Assert.Equal(0, kind.GetProperty("wrong").GetInt32());
        Assert.Equal(1.0, kind.GetProperty("acceptRate").GetDouble());
        var snippet = card.GetProperty("playbook")[0].GetProperty("id").GetString();
        Assert.Contains(report.GetProperty("bySnippet").EnumerateArray(), s => s.GetProperty("key").GetString() == snippet && s.GetProperty("used").GetInt32() == 1);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await rep.Http.GetAsync("/api/suggestions/feedback")).StatusCode);
    }
}
