using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Tests;

/// <summary>The real service as its own process, killed with SIGKILL mid-call and started again.</summary>
public sealed class CrashDurabilityTests
{
    private const string Key = "ingest-key-0123456789abcdef";
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["Coach__ApiKeys__0__Key"] = Key, ["Coach__ApiKeys__0__Role"] = "ingest",
    };

    [Fact]
    public async Task EveryAcknowledgedLineIsThereAfterTheServiceIsKilledAndRestarted()
    {
        var folder = ServiceProcess.NewFolder();
        var port = ServiceProcess.FreePort();
        var acked = new List<int>();

        using (var first = ServiceProcess.Start(folder, port, Environment))
        {
            await first.WaitForHealthAsync();
            var connection = await ConnectAsync(port);
            await connection.InvokeAsync<JsonElement>("StartCall", new { callId = "crash-1", lang = "en" });
            for (var seq = 1; seq <= 40; seq++)
            {
                var speaker = seq % 2 == 0 ? "customer" : "rep";
                await connection.InvokeAsync<JsonElement>("SendUtterance",
                    new { callId = "crash-1", seq, speaker, text = $"Line {seq}: we spend two days a month reconciling invoices by hand." });
                acked.Add(seq);
            }

            await first.KillAsync();
            await connection.DisposeAsync();
        }

        using var second = ServiceProcess.Start(folder, port, Environment);
        await second.WaitForHealthAsync();
        await using var again = await ConnectAsync(port);
        await again.InvokeAsync<JsonElement>("StartCall", new { callId = "crash-1" });
        var scorecard = await again.InvokeAsync<JsonElement>("EndCall", "crash-1");

        Assert.Equal(acked.Count, scorecard.GetProperty("lines").GetInt32());
        Assert.Empty(scorecard.GetProperty("missingSeqs").EnumerateArray());
    }

    private static async Task<HubConnection> ConnectAsync(int port)
    {
        var connection = new HubConnectionBuilder().WithUrl($"http://127.0.0.1:{port}/hubs/coach?access_token={Key}").Build();
        await connection.StartAsync();
        return connection;
    }
}
