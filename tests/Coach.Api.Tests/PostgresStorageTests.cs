using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Tests;

/// <summary>The service on a real PostgreSQL (ConnectionStrings:Coach names one): migrations, calls, people.</summary>
public sealed class PostgresStorageTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task ACallOnPostgresIsThereWithItsLabelsAfterTheServiceRestarts()
    {
        var database = postgres.NewDatabase();
        string callId;
        await using (var first = new CoachApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:Coach"] = database }))
        {
            await using var rep = await SignedInClient.SignInAsync(first, "rep.east");
            var hub = await rep.ConnectAsync();
            callId = (await hub.InvokeAsync<JsonElement>("StartCall", new { title = "Acme renewal" })).GetProperty("callId").GetString()!;
            await hub.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq = 1, speaker = "rep", text = "What gives your team the most trouble at month-end close?" });
            await hub.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq = 2, speaker = "customer", text = "Honestly the price is way above our budget." });
            await hub.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq = 2, speaker = "customer", text = "Honestly the price is way above our budget." });
            await hub.InvokeAsync<JsonElement>("EndCall", callId);
        }

        await using var second = new CoachApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:Coach"] = database });
        await using var coach = await SignedInClient.SignInAsync(second, "coach.east");
        var listed = await coach.Http.GetFromJsonAsync<JsonElement>("/api/calls");
        var call = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");

        Assert.Equal(callId, listed[0].GetProperty("callId").GetString());
        Assert.Equal(2, listed[0].GetProperty("lines").GetInt32());
        Assert.Equal("Acme renewal", call.GetProperty("title").GetString());
        Assert.NotNull(call.GetProperty("endedAt").GetString());
        Assert.Equal("price", call.GetProperty("utterances")[1].GetProperty("labels").GetProperty("objection").GetString());
        Assert.Equal("problem", call.GetProperty("utterances")[0].GetProperty("labels").GetProperty("spin").GetString());
        Assert.Equal(1, call.GetProperty("scorecard").GetProperty("objectionsRaised").GetInt32());
    }

    [Fact]
    public async Task ConcurrentCallsOnPostgresStoreEveryAcknowledgedLineOnce()
    {
        const string key = "ingest-key-0123456789abcdef";
        await using var factory = new CoachApiFactory(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Coach"] = postgres.NewDatabase(), ["Coach:ApiKeys:0:Key"] = key, ["Coach:ApiKeys:0:Role"] = "ingest",
        });
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.ClientOptions.BaseAddress, "/hubs/coach?access_token=" + key)).Build();
        await hub.StartAsync();

        var calls = await Task.WhenAll(Enumerable.Range(0, 12).Select(async i =>
        {
            var callId = $"pg-{i}";
            await hub.InvokeAsync<JsonElement>("StartCall", new { callId, lang = "en" });
            for (var seq = 1; seq <= 10; seq++)
            {
                await hub.InvokeAsync<JsonElement>("SendUtterance",
                    new { callId, seq, speaker = seq % 2 == 0 ? "customer" : "rep", text = $"Line {seq} of call {i}: we reconcile invoices by hand." });
            }

            return callId;
        }));

        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        foreach (var callId in calls)
        {
            var call = await client.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");
            Assert.Equal(Enumerable.Range(1, 10), call.GetProperty("utterances").EnumerateArray().Select(u => u.GetProperty("seq").GetInt32()));
        }

        var listed = await client.GetFromJsonAsync<JsonElement>("/api/calls?take=200");
        Assert.Equal(12, listed.GetArrayLength());
        Assert.All(listed.EnumerateArray(), c => Assert.Equal(10, c.GetProperty("lines").GetInt32()));
    }
}
