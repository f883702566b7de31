using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Tests;

/// <summary>The real service as its own process, killed with SIGKILL mid-call and started again.</summary>
public sealed class CrashDurabilityTests
{
    private const string Key = "ingest-key-0123456789abcdef";

    [Fact]
    public async Task EveryAcknowledgedLineIsThereAfterTheServiceIsKilledAndRestarted()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coach-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var acked = new List<int>();

        using (var first = StartService(folder, port))
        {
            await WaitForHealthAsync(port);
            var connection = await ConnectAsync(port);
            await connection.InvokeAsync<JsonElement>("StartCall", new { callId = "crash-1", lang = "en" });
            for (var seq = 1; seq <= 40; seq++)
            {
                var speaker = seq % 2 == 0 ? "customer" : "rep";
                await connection.InvokeAsync<JsonElement>("SendUtterance",
                    new { callId = "crash-1", seq, speaker, text = $"Line {seq}: we spend two days a month reconciling invoices by hand." });
                acked.Add(seq);
            }

            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            await connection.DisposeAsync();
        }

        using var second = StartService(folder, port);
        try
        {
            await WaitForHealthAsync(port);
            await using var again = await ConnectAsync(port);
            await again.InvokeAsync<JsonElement>("StartCall", new { callId = "crash-1" });
            var scorecard = await again.InvokeAsync<JsonElement>("EndCall", "crash-1");

            Assert.Equal(acked.Count, scorecard.GetProperty("lines").GetInt32());
            Assert.Empty(scorecard.GetProperty("missingSeqs").EnumerateArray());
        }
        finally
        {
            second.Kill(entireProcessTree: true);
        }
    }

    private static Process StartService(string folder, int port)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Coach.Api.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["Coach__ApiKeys__0__Key"] = Key,
                ["Coach__ApiKeys__0__Role"] = "ingest",
                ["ConnectionStrings__Coach"] = $"Data Source={Path.Combine(folder, "coach.db")}",
                ["Coach__Playbook__EditsPath"] = Path.Combine(folder, "edits"),
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
            },
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<HubConnection> ConnectAsync(int port)
    {
        var connection = new HubConnectionBuilder().WithUrl($"http://127.0.0.1:{port}/hubs/coach?access_token={Key}").Build();
        await connection.StartAsync();
        return connection;
    }

    private static async Task WaitForHealthAsync(int port)
    {
        using var http = new HttpClient();
        for (var i = 0; i < 120; i++)
        {
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        Assert.Fail("The service did not become healthy within 30 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
