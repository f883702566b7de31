using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Tests;

/// <summary>Suggestions fitted to the conversation by Semantic Kernel against a local chat-completions server.</summary>
public sealed class SuggestionRewriteTests
{
    private const string Key = "rep-key-0123456789abcdef";
    private const string PriceLine = "你们这个价格太贵了，比我们预算高了快一倍";

    private static CoachApiFactory Start(FakeChatServer chat, int budgetMs = 5000) => new(new Dictionary<string, string?>
    {
        ["Coach:ApiKeys:0:Key"] = Key, ["Coach:ApiKeys:0:Role"] = "rep", ["Coach:ApiKeys:0:Name"] = "anna",
        ["Coach:Llm:Endpoint"] = chat.Endpoint, ["Coach:Llm:Model"] = "local-model", ["Coach:Llm:BudgetMs"] = budgetMs.ToString(),
    });

    [Fact]
    public async Task TheModelsLineGoesOutAsTheSuggestionAndIsKeptWithTheCall()
    {
        await using var chat = await FakeChatServer.StartAsync();
        chat.Reply = "先认同预算压力，再问：如果按季度分期付款，预算上是不是就能过了？";
        await using var factory = Start(chat);

        var (callId, suggestions) = await SendPriceObjectionAsync(factory);

        var first = suggestions.First(s => s.GetProperty("kind").GetString() == "handle_objection");
        Assert.Equal(chat.Reply, first.GetProperty("text").GetString());
        Assert.True(first.GetProperty("rewritten").GetBoolean());
        Assert.NotEqual(chat.Reply, first.GetProperty("plainText").GetString());
        Assert.NotEmpty(first.GetProperty("playbook").EnumerateArray());

        var messages = chat.Requests.First();
        Assert.Equal("system", messages[0].Role);
        Assert.DoesNotContain(PriceLine, messages[0].Content);
        Assert.Contains("CUSTOMER: " + PriceLine, messages[^1].Content);

        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var stored = await client.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");
        Assert.Contains(stored.GetProperty("utterances")[0].GetProperty("suggestions").EnumerateArray(),
            s => s.GetProperty("rewrite").GetString() == chat.Reply);
    }

    [Fact]
    public async Task PastTheBudgetThePlainSuggestionGoesOut()
    {
        await using var chat = await FakeChatServer.StartAsync();
        chat.Reply = "这句来得太晚了，不该被发出去";
        chat.Delay = TimeSpan.FromSeconds(5);
        await using var factory = Start(chat, budgetMs: 300);

        var (_, suggestions) = await SendPriceObjectionAsync(factory);

        Assert.All(suggestions, s => Assert.False(s.GetProperty("rewritten").GetBoolean()));
        Assert.All(suggestions, s => Assert.Equal(s.GetProperty("plainText").GetString(), s.GetProperty("text").GetString()));
        Assert.Single(chat.Requests.Take(1));
    }

    [Fact]
    public async Task AnErrorFromTheModelServerSendsThePlainSuggestion()
    {
        await using var chat = await FakeChatServer.StartAsync();
        chat.Status = 500;
        await using var factory = Start(chat);

        var (_, suggestions) = await SendPriceObjectionAsync(factory);

        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.False(s.GetProperty("rewritten").GetBoolean()));
    }

    [Fact]
    public async Task AnAnswerInTheWrongLanguageIsNotUsed()
    {
        await using var chat = await FakeChatServer.StartAsync();
        chat.Reply = "Acknowledge the budget concern and offer quarterly payments.";
        await using var factory = Start(chat);

        var (_, suggestions) = await SendPriceObjectionAsync(factory);

        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.False(s.GetProperty("rewritten").GetBoolean()));
    }

    /// <summary>A rep's call with one customer price objection; the suggestions that arrive for it.</summary>
    private static async Task<(string CallId, List<JsonElement> Suggestions)> SendPriceObjectionAsync(CoachApiFactory factory)
    {
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.ClientOptions.BaseAddress, "/hubs/coach?access_token=" + Key)).Build();
        var received = new ConcurrentQueue<JsonElement>();
        hub.On<JsonElement>("Suggestion", received.Enqueue);
        await hub.StartAsync();
        var callId = (await hub.InvokeAsync<JsonElement>("StartCall", new { lang = "zh" })).GetProperty("callId").GetString()!;
        await hub.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq = 1, speaker = "customer", text = PriceLine });

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!received.Any(s => s.GetProperty("kind").GetString() == "handle_objection") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        // Let any further suggestion of the same line arrive.
        await Task.Delay(200);
        Assert.Contains(received, s => s.GetProperty("kind").GetString() == "handle_objection");
        return (callId, [.. received]);
    }
}
