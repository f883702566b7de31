using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Tests;

/// <summary>Two instances of the service sharing a real PostgreSQL and a real Redis backplane.</summary>
public sealed class ScaleOutTests(PostgresFixture postgres, RedisFixture redis) : IClassFixture<PostgresFixture>, IClassFixture<RedisFixture>
{
    [Fact]
    public async Task ACoachWatchingOnOneInstanceSeesTheLinesOfARepOnAnother()
    {
        var shared = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Coach"] = postgres.NewDatabase(), ["ConnectionStrings:Redis"] = redis.ConnectionString,
        };
        await using var a = new CoachApiFactory(shared);
        await using var b = new CoachApiFactory(shared);
        await using var rep = await SignedInClient.SignInAsync(a, "rep.east");
        await using var coach = await SignedInClient.SignInAsync(b, "coach.east");
        var repHub = await rep.ConnectAsync();
        var callId = (await repHub.InvokeAsync<JsonElement>("StartCall", new { lang = "en" })).GetProperty("callId").GetString()!;
        await repHub.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq = 1, speaker = "rep", text = "What does month-end close cost your team?" });

        var coachHub = await coach.ConnectAsync();
        var labeled = new ConcurrentQueue<JsonElement>();
        var advice = new ConcurrentQueue<JsonElement>();
        coachHub.On<JsonElement>("UtteranceLabeled", labeled.Enqueue);
        coachHub.On<JsonElement>("Suggestion", advice.Enqueue);
        var soFar = await coachHub.InvokeAsync<JsonElement>("WatchCall", callId);
        await repHub.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq = 2, speaker = "customer", text = "Honestly, your price is far above our budget." });
        for (var i = 0; i < 200 && (labeled.IsEmpty || advice.IsEmpty); i++)
        {
            await Task.Delay(25);
        }

        Assert.Equal(1, soFar.GetArrayLength());
        Assert.Equal(2, Assert.Single(labeled).GetProperty("seq").GetInt32());
        Assert.Contains(advice, s => s.GetProperty("kind").GetString() == "handle_objection");
        var fromB = await coach.Http.GetFromJsonAsync<JsonElement>("/api/calls");
        Assert.Equal(callId, fromB[0].GetProperty("callId").GetString());
    }
}
