using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Tests;

/// <summary>Personal data is masked before a line is labeled, stored, sent to watchers or to a language model.</summary>
public sealed class RedactionApiTests
{
    private const string Phone = "138 1234 5678";
    private const string Email = "wang.li@yunzhangtong.cn";
    private const string Line = "价格太贵了。我手机138 1234 5678，报价发到 wang.li@yunzhangtong.cn 就行";

    [Fact]
    public async Task ALiveLineIsMaskedInTheAckTheStreamTheStoreAndThePromptButPricesStay()
    {
        await using var chat = await FakeChatServer.StartAsync();
        chat.Reply = "先认同预算压力，再问对比的是哪家方案？";
        await using var factory = new CoachApiFactory(new Dictionary<string, string?> { ["Coach:Llm:Endpoint"] = chat.Endpoint });
        await using var rep = await SignedInClient.SignInAsync(factory, "rep.east");
        var hub = await rep.ConnectAsync();
        var streamed = new ConcurrentQueue<JsonElement>();
        hub.On<JsonElement>("UtteranceLabeled", streamed.Enqueue);
        var suggestions = new ConcurrentQueue<JsonElement>();
        hub.On<JsonElement>("Suggestion", suggestions.Enqueue);
        var callId = (await hub.InvokeAsync<JsonElement>("StartCall", new { lang = "zh" })).GetProperty("callId").GetString()!;

        var ack = await hub.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq = 1, speaker = "customer", text = Line });
        await hub.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq = 2, speaker = "customer", text = "一年128,000元，订500套，2026年11月23日前签" });
        for (var i = 0; i < 200 && (suggestions.IsEmpty || streamed.Count < 2); i++)
        {
            await Task.Delay(25);
        }

        var masked = ack.GetProperty("text").GetString()!;
        Assert.Contains("[phone]", masked);
        Assert.Contains("[email]", masked);
        Assert.DoesNotContain(Phone, masked);
        Assert.Equal(masked, streamed.First().GetProperty("text").GetString());
        var review = await rep.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");
        Assert.Equal(masked, review.GetProperty("utterances")[0].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, review.GetProperty("utterances")[0].GetProperty("originalText").ValueKind);
        Assert.Equal("一年128,000元，订500套，2026年11月23日前签", review.GetProperty("utterances")[1].GetProperty("text").GetString());
        Assert.NotEmpty(chat.Requests);
        Assert.All(chat.Requests.SelectMany(r => r), m => Assert.DoesNotContain(Email, m.Content));
        Assert.All(chat.Requests.SelectMany(r => r), m => Assert.DoesNotContain(Phone, m.Content));
    }

    [Fact]
    public async Task WhenAnAdminKeepsOriginalsOnlyAdminsSeeThem()
    {
        await using var factory = new CoachApiFactory(new Dictionary<string, string?> { ["Coach:Redaction:KeepOriginal"] = "true" });
        await using var coach = await SignedInClient.SignInAsync(factory, "coach.east");
        await using var admin = await SignedInClient.SignInAsync(factory, "admin");
        var imported = await ImportApiTests.ImportAsync(coach.Http,
            Encoding.UTF8.GetBytes($"Sam: Can I reach you directly?\nDana: Sure, call me at (415) 555-0132 or write to dana.k@norfield.com\n"),
            "text/plain", "?rep=Sam");
        var call = await imported.Content.ReadFromJsonAsync<JsonElement>();
        var callId = call.GetProperty("callId").GetString()!;

        var asCoach = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");
        var asAdmin = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");

        Assert.Equal("Sure, call me at [phone] or write to [email]", call.GetProperty("utterances")[1].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, asCoach.GetProperty("utterances")[1].GetProperty("originalText").ValueKind);
        Assert.Equal("Sure, call me at (415) 555-0132 or write to dana.k@norfield.com",
            asAdmin.GetProperty("utterances")[1].GetProperty("originalText").GetString());
    }

    [Fact]
    public async Task AnalyzeAnswersWithTheMaskedTextItRead()
    {
        await using var factory = new CoachApiFactory();
        using var client = factory.CreateClient();

        var result = await (await client.PostAsJsonAsync("/api/analyze", new { speaker = "customer", text = "Card 4111 1111 1111 1111, and $42,000 a year is too much" }))
            .Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Card [bank-card], and $42,000 a year is too much", result.GetProperty("text").GetString());
    }
}
