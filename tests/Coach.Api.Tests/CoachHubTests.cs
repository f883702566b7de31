using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Tests;

public sealed class CoachHubTests
{
    private const string RepA = "rep-a-key-0123456789abcdef";
    private const string RepB = "rep-b-key-0123456789abcdef";
    private const string Coach = "coach-key-0123456789abcdef";

    private static CoachApiFactory Start() => new(new Dictionary<string, string?>
    {
        ["Coach:ApiKeys:0:Key"] = RepA, ["Coach:ApiKeys:0:Role"] = "rep", ["Coach:ApiKeys:0:Name"] = "anna",
        ["Coach:ApiKeys:1:Key"] = RepB, ["Coach:ApiKeys:1:Role"] = "rep", ["Coach:ApiKeys:1:Name"] = "ben",
        ["Coach:ApiKeys:2:Key"] = Coach, ["Coach:ApiKeys:2:Role"] = "coach", ["Coach:ApiKeys:2:Name"] = "carla",
    });

    private static async Task<HubConnection> ConnectAsync(CoachApiFactory factory, string? key)
    {
        var url = new Uri(factory.ClientOptions.BaseAddress, "/hubs/coach" + (key is null ? "" : "?access_token=" + key));
        var connection = new HubConnectionBuilder().WithUrl(url).Build();
        await connection.StartAsync();
        return connection;
    }

    private static object Line(string callId, int seq, string speaker, string text) => new { callId, seq, speaker, text };

    [Fact]
    public async Task AWholeCallIsLabeledLineByLineWithAdviceStreamedToTheRepAndAWatchingCoach()
    {
        await using var factory = Start();
        await using var rep = await ConnectAsync(factory, RepA);
        await using var coach = await ConnectAsync(factory, Coach);
        var repLabels = new ConcurrentQueue<JsonElement>();
        var coachSuggestions = new ConcurrentQueue<JsonElement>();
        rep.On<JsonElement>("UtteranceLabeled", m => repLabels.Enqueue(m));
        coach.On<JsonElement>("Suggestion", m => coachSuggestions.Enqueue(m));

        var callId = (await rep.InvokeAsync<JsonElement>("StartCall", new { title = "Warehouse ERP", lang = "zh" })).GetProperty("callId").GetString()!;
        await coach.InvokeAsync<JsonElement>("WatchCall", callId);
        string[][] script =
        [
            ["rep", "王经理您好,今天主要想了解一下你们仓库现在的情况。"],
            ["rep", "你们现在用什么系统管库存?"],
            ["customer", "每到月底财务都要加两三天班对账,真的很头疼。"],
            ["rep", "这些对不上的账,一个月大概会造成多少损失?"],
            ["customer", "这个价格超出我们预算太多了。"],
            ["customer", "你们有做过同行业的客户吗?"],
        ];
        var acks = new List<JsonElement>();
        for (var i = 0; i < script.Length; i++)
        {
            acks.Add(await rep.InvokeAsync<JsonElement>("SendUtterance", Line(callId, i + 1, script[i][0], script[i][1])));
        }

        var scorecard = await rep.InvokeAsync<JsonElement>("EndCall", callId);

        Assert.Equal(Enumerable.Range(1, 6), acks.Select(a => a.GetProperty("seq").GetInt32()));
        Assert.Equal("latent", acks[2].GetProperty("labels").GetProperty("need").GetString());
        Assert.Equal("price", acks[4].GetProperty("labels").GetProperty("objection").GetString());
        await WaitUntil(() => repLabels.Count == 6 && coachSuggestions.Any(s => s.GetProperty("kind").GetString() == "handle_objection"));
        var priceCard = coachSuggestions.First(s => s.GetProperty("kind").GetString() == "handle_objection");
        Assert.Equal(5, priceCard.GetProperty("seq").GetInt32());
        Assert.NotEmpty(priceCard.GetProperty("playbook").EnumerateArray());
        Assert.Contains(coachSuggestions, s => s.GetProperty("kind").GetString() == "implication_question");
        Assert.Equal(6, scorecard.GetProperty("lines").GetInt32());
        Assert.Equal(1, scorecard.GetProperty("objectionsRaised").GetInt32());
    }

    [Fact]
    public async Task AResentSeqIsAcknowledgedAgainAndStoredOnceAndAGapIsVisible()
    {
        await using var factory = Start();
        await using var rep = await ConnectAsync(factory, RepA);
        var callId = (await rep.InvokeAsync<JsonElement>("StartCall", new { callId = "call-resend" })).GetProperty("callId").GetString()!;

        var first = await rep.InvokeAsync<JsonElement>("SendUtterance", Line(callId, 1, "customer", "We're already using Salesforce."));
        await rep.DisposeAsync();
        await using var again = await ConnectAsync(factory, RepA);
        await again.InvokeAsync<JsonElement>("StartCall", new { callId });
        var resent = await again.InvokeAsync<JsonElement>("SendUtterance", Line(callId, 1, "customer", "We're already using Salesforce."));
        await again.InvokeAsync<JsonElement>("SendUtterance", Line(callId, 3, "rep", "How long have you been on it?"));
        var scorecard = await again.InvokeAsync<JsonElement>("EndCall", callId);

        Assert.Equal(first.GetProperty("labels").ToString(), resent.GetProperty("labels").ToString());
        Assert.Equal(2, scorecard.GetProperty("lines").GetInt32());
        Assert.Equal([2], scorecard.GetProperty("missingSeqs").EnumerateArray().Select(x => x.GetInt32()));
    }

    [Fact]
    public async Task BadLinesUnknownCallsAndOtherPeoplesCallsGetClearHubErrors()
    {
        await using var factory = Start();
        await using var anna = await ConnectAsync(factory, RepA);
        await using var ben = await ConnectAsync(factory, RepB);
        var callId = (await anna.InvokeAsync<JsonElement>("StartCall", new { })).GetProperty("callId").GetString()!;

        async Task<string> Error(HubConnection c, string method, object arg) =>
            (await Assert.ThrowsAsync<HubException>(() => c.InvokeAsync<JsonElement>(method, arg))).Message;

        Assert.Contains("text is required", await Error(anna, "SendUtterance", Line(callId, 1, "customer", "")));
        Assert.Contains("at most 2000", await Error(anna, "SendUtterance", Line(callId, 1, "customer", new string('x', 20_000))));
        Assert.Contains("speaker 'boss'", await Error(anna, "SendUtterance", Line(callId, 1, "boss", "hi")));
        Assert.Contains("seq must be", await Error(anna, "SendUtterance", Line(callId, 0, "rep", "hi")));
        Assert.Contains("callId is required", await Error(anna, "SendUtterance", new { seq = 1, speaker = "rep", text = "hi" }));
        Assert.Contains("unknown", await Error(anna, "SendUtterance", Line("no-such-call", 1, "rep", "hi")));
        Assert.Contains("seq has the wrong type", await Error(anna, "SendUtterance", new { callId, seq = "one", speaker = "rep", text = "hi" }));
        Assert.Contains("text has the wrong type", await Error(anna, "SendUtterance", new { callId, seq = 1, speaker = "rep", text = new[] { 1, 2 } }));
        Assert.Contains("must be a JSON object", await Error(anna, "SendUtterance", "just a string"));
        Assert.Contains("lang 'fr'", await Error(anna, "StartCall", new { lang = "fr" }));
        Assert.Contains("belongs to someone else", await Error(ben, "SendUtterance", Line(callId, 1, "rep", "hi")));
        Assert.Contains("You may not watch", await Error(ben, "WatchCall", callId));
        Assert.Contains("callId must be a string, not number", await Error(anna, "EndCall", 42));
        Assert.Contains("callId must be a string, not object", await Error(anna, "WatchCall", new { callId }));
        Assert.Contains("seq must be a whole number", (await Assert.ThrowsAsync<HubException>(() =>
            anna.InvokeAsync<JsonElement>("ExplainLine", callId, "first"))).Message);
        await anna.InvokeAsync<JsonElement>("EndCall", callId);
        Assert.Contains("has ended", await Error(anna, "SendUtterance", Line(callId, 1, "rep", "hi")));
    }

    [Fact]
    public async Task AConnectionWithoutAKeyIsRefused()
    {
        await using var factory = Start();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => ConnectAsync(factory, null));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition());
    }
}

public sealed class CallPersistenceTests
{
    private const string Rep = "rep-a-key-0123456789abcdef";

    [Fact]
    public async Task AcknowledgedLinesSurviveARestartAndTheCallResumes()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Coach:ApiKeys:0:Key"] = Rep, ["Coach:ApiKeys:0:Role"] = "rep", ["Coach:ApiKeys:0:Name"] = "anna",
            ["ConnectionStrings:Coach"] = CoachApiFactory.NewDatabase(),
        };
        JsonElement firstAck;
        await using (var before = new CoachApiFactory(settings))
        {
            await using var rep = await Connect(before);
            await rep.InvokeAsync<JsonElement>("StartCall", new { callId = "durable-1", lang = "en" });
            firstAck = await rep.InvokeAsync<JsonElement>("SendUtterance", new { callId = "durable-1", seq = 1, speaker = "customer", text = "That's well over what we budgeted." });
            await rep.InvokeAsync<JsonElement>("SendUtterance", new { callId = "durable-1", seq = 2, speaker = "rep", text = "What were you comparing it with?" });
        }

        await using var after = new CoachApiFactory(settings);
        await using var again = await Connect(after);
        await again.InvokeAsync<JsonElement>("StartCall", new { callId = "durable-1" });
        var resent = await again.InvokeAsync<JsonElement>("SendUtterance", new { callId = "durable-1", seq = 1, speaker = "customer", text = "That's well over what we budgeted." });
        await again.InvokeAsync<JsonElement>("SendUtterance", new { callId = "durable-1", seq = 3, speaker = "customer", text = "Can you do a discount for three years?" });
        var scorecard = await again.InvokeAsync<JsonElement>("EndCall", "durable-1");

        Assert.Equal(firstAck.GetProperty("labels").ToString(), resent.GetProperty("labels").ToString());
        Assert.Equal(3, scorecard.GetProperty("lines").GetInt32());
        Assert.Equal(1, scorecard.GetProperty("objectionsRaised").GetInt32());
    }

    private static async Task<HubConnection> Connect(CoachApiFactory factory)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.ClientOptions.BaseAddress, "/hubs/coach?access_token=" + Rep)).Build();
        await connection.StartAsync();
        return connection;
    }
}
