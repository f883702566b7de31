using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Tests;

/// <summary>Transcript text is customer data: the service's own log output (Information and above) never holds it.</summary>
public sealed class LogPrivacyTests
{
    private const string Key = "ingest-key-0123456789abcdef";

    [Fact]
    public async Task WhatCustomersAndRepsSayNeverReachesTheLog()
    {
        const string secret = "Zephyrine-7731";
        const string secretZh = "蓝鲸财务密语";
        var folder = ServiceProcess.NewFolder();
        using var service = ServiceProcess.Start(folder, ServiceProcess.FreePort(), new Dictionary<string, string>
        {
            ["Coach__ApiKeys__0__Key"] = Key, ["Coach__ApiKeys__0__Role"] = "ingest",
            ["Serilog__MinimumLevel__Default"] = "Information",
        });
        await service.WaitForHealthAsync();
        var baseUrl = $"http://127.0.0.1:{service.Port}";

        await using (var hub = new HubConnectionBuilder().WithUrl($"{baseUrl}/hubs/coach?access_token={Key}").Build())
        {
            await hub.StartAsync();
            var callId = (await hub.InvokeAsync<JsonElement>("StartCall", new { title = "Renewal" })).GetProperty("callId").GetString()!;
            await hub.InvokeAsync<JsonElement>("SendUtterance",
                new { callId, seq = 1, speaker = "customer", text = $"Our CFO {secret} says the price is too high" });
            await hub.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq = 2, speaker = "rep", text = $"{secretZh}，您觉得哪部分最贵？" });
            await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonElement>("SendUtterance",
                new { callId, seq = 3, speaker = "boss", text = $"{secret} wrong speaker" }));
            await Assert.ThrowsAsync<HubException>(() => hub.InvokeAsync<JsonElement>("SendUtterance",
                new { callId, seq = 3, speaker = "customer", text = secret + new string('x', 3000) }));
            await hub.InvokeAsync<JsonElement>("EndCall", callId);
        }

        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", Key);
        Assert.True((await http.PostAsJsonAsync("/api/analyze", new { speaker = "customer", text = $"{secretZh} 预算不够" })).IsSuccessStatusCode);
        Assert.False((await http.PostAsJsonAsync("/api/analyze", new { speaker = "nobody", text = secret })).IsSuccessStatusCode);
        Assert.True((await http.GetAsync($"/api/playbook/search?q={Uri.EscapeDataString(secret + " too expensive")}")).IsSuccessStatusCode);
        await Task.Delay(500);

        var log = service.Output;
        Assert.Contains("Now listening on", log);
        Assert.Contains("HTTP POST /api/analyze responded 200", log);
        Assert.Contains("HTTP POST /api/analyze responded 400", log);
        Assert.Contains("HTTP GET /api/playbook/search responded 200", log);
        Assert.DoesNotContain(secret, log);
        Assert.DoesNotContain(secretZh, log);
    }
}
