using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Coach.Api.Tests;

/// <summary>A coach reviews an imported call: annotated lines, scorecard, comments, corrections, search.</summary>
public sealed class ReviewApiTests
{
    /// <summary>A discovery call where the rep leaves a price objection open and talks past a buying signal.</summary>
    internal const string KnownCall = """
        Sam: Hi Dana, thanks for making time today.
        Dana: Sure, we have about twenty minutes.
        Sam: How many people on your team process supplier invoices today?
        Dana: Five clerks, and month-end close takes us almost a full week.
        Sam: What happens when the close slips past the deadline?
        Dana: Honestly, your price is much higher than what we pay for our current tool.
        Sam: Our platform has automated matching, dashboards and a mobile app.
        Sam: It also integrates with more than forty accounting systems.
        Dana: If we went ahead, how soon could we be up and running?
        Sam: We have customers in retail, logistics and manufacturing.
        Sam: Our support team is available around the clock.
        Sam: I will send you some brochures after the call.
        """;

    private static async Task<JsonElement> ImportKnownCallAsync(SignedInClient client)
    {
        var response = await ImportApiTests.ImportAsync(client.Http, Encoding.UTF8.GetBytes(KnownCall), "text/plain", "?rep=Sam&title=Dana%20discovery");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task AKnownCallIsAnnotatedAndScored()
    {
        await using var factory = new CoachApiFactory();
        await using var rep = await SignedInClient.SignInAsync(factory, "rep.east");

        var call = await ImportKnownCallAsync(rep);

        var lines = call.GetProperty("utterances");
        string Label(int seq, string task) => lines[seq - 1].GetProperty("labels").GetProperty(task).GetString()!;
        Assert.Equal("price", Label(6, "objection"));
        Assert.NotEqual("none", Label(9, "signal"));
        Assert.NotEqual("not_question", Label(3, "spin"));
        Assert.Equal("not_question", Label(7, "spin"));
        Assert.Contains(lines[5].GetProperty("suggestions").EnumerateArray(), s => s.GetProperty("kind").GetString() == "handle_objection");

        var scorecard = call.GetProperty("scorecard");
        Assert.Equal(12, scorecard.GetProperty("lines").GetInt32());
        Assert.Contains("price@6", scorecard.GetProperty("unhandledObjections").EnumerateArray().Select(e => e.GetString()));
        Assert.True(scorecard.GetProperty("signalsMissed").GetInt32() >= 1);
        Assert.True(scorecard.GetProperty("talkRatio").GetDouble() > 0.5);
        Assert.Empty(scorecard.GetProperty("closesAttempted").EnumerateObject());
    }

    [Fact]
    public async Task ACoachCorrectsAndCommentsAndTheCorrectionIsExportedForTraining()
    {
        await using var factory = new CoachApiFactory();
        await using var rep = await SignedInClient.SignInAsync(factory, "rep.east");
        await using var coach = await SignedInClient.SignInAsync(factory, "coach.east");
        var callId = (await ImportKnownCallAsync(rep)).GetProperty("callId").GetString()!;
        var before = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");
        var modelNeed = before.GetProperty("utterances")[3].GetProperty("labels").GetProperty("need").GetString();
        var corrected = modelNeed == "latent" ? "explicit" : "latent";

        var correction = await coach.Http.PutAsJsonAsync($"/api/calls/{callId}/utterances/4/labels", new { need = corrected });
        var comment = await coach.Http.PostAsJsonAsync($"/api/calls/{callId}/utterances/6/comments",
            new { text = "Acknowledge the price concern first, then ask what they compare against (six-step handling)." });

        Assert.Equal(HttpStatusCode.OK, correction.StatusCode);
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        var review = await rep.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");
        var line4 = review.GetProperty("utterances")[3];
        Assert.Equal(corrected, line4.GetProperty("labels").GetProperty("need").GetString());
        Assert.Equal(modelNeed, line4.GetProperty("modelLabels").GetProperty("need").GetString());
        Assert.Equal("coach.east", line4.GetProperty("corrections")[0].GetProperty("author").GetString());
        Assert.Equal(modelNeed, line4.GetProperty("corrections")[0].GetProperty("previous").GetString());
        Assert.Contains("six-step", review.GetProperty("utterances")[5].GetProperty("comments")[0].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, review.GetProperty("utterances")[5].GetProperty("modelLabels").ValueKind);

        var export = await coach.Http.GetStringAsync("/api/corrections");
        var row = JsonDocument.Parse(export.Trim().Split('\n').Single()).RootElement;
        Assert.Equal($"corr-{callId}-4", row.GetProperty("id").GetString());
        Assert.Equal("customer", row.GetProperty("speaker").GetString());
        Assert.Equal(corrected, row.GetProperty("need").GetString());
        Assert.True(row.TryGetProperty("objection", out _) && row.TryGetProperty("signal", out _) && !row.TryGetProperty("spin", out _));
    }

    [Fact]
    public async Task BadCorrectionsAndRepsCorrectingAreRefused()
    {
        await using var factory = new CoachApiFactory();
        await using var rep = await SignedInClient.SignInAsync(factory, "rep.east");
        await using var coach = await SignedInClient.SignInAsync(factory, "coach.east");
        await using var westCoach = await SignedInClient.SignInAsync(factory, "coach.west");
        var callId = (await ImportKnownCallAsync(rep)).GetProperty("callId").GetString()!;

        var byRep = await rep.Http.PutAsJsonAsync($"/api/calls/{callId}/utterances/4/labels", new { need = "latent" });
        var wrongSide = await coach.Http.PutAsJsonAsync($"/api/calls/{callId}/utterances/4/labels", new { spin = "problem" });
        var unknownLabel = await coach.Http.PutAsJsonAsync($"/api/calls/{callId}/utterances/4/labels", new { need = "urgent" });
        var noLine = await coach.Http.PutAsJsonAsync($"/api/calls/{callId}/utterances/99/labels", new { need = "latent" });
        var otherTeam = await westCoach.Http.PutAsJsonAsync($"/api/calls/{callId}/utterances/4/labels", new { need = "latent" });
        var emptyComment = await coach.Http.PostAsJsonAsync($"/api/calls/{callId}/utterances/4/comments", new { text = " " });

        Assert.Equal(HttpStatusCode.Forbidden, byRep.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrongSide.StatusCode);
        Assert.Contains("rep lines", await wrongSide.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, unknownLabel.StatusCode);
        Assert.Contains("explicit", await unknownLabel.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, noLine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, emptyComment.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.Http.GetAsync("/api/corrections")).StatusCode);
        Assert.Empty((await coach.Http.GetStringAsync("/api/corrections")).Trim());
    }

    [Fact]
    public async Task CallsAreFoundByLabelRepTextAndDate()
    {
        await using var factory = new CoachApiFactory();
        await using var rep = await SignedInClient.SignInAsync(factory, "rep.east");
        await using var coach = await SignedInClient.SignInAsync(factory, "coach.east");
        var callId = (await ImportKnownCallAsync(rep)).GetProperty("callId").GetString()!;
        var calm = await ImportApiTests.ImportAsync(rep.Http,
            Encoding.UTF8.GetBytes("Sam: Which report does your CFO read first?\nDana: The cash-flow forecast, every Monday.\n"), "text/plain", "?rep=Sam");
        var calmId = (await calm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("callId").GetString()!;

        async Task<string[]> Find(string query) =>
            [.. (await coach.Http.GetFromJsonAsync<JsonElement>("/api/calls" + query)).EnumerateArray().Select(c => c.GetProperty("callId").GetString()!)];

        Assert.Equal([callId], await Find("?label=unhandled.price"));
        Assert.Equal([callId], await Find("?label=objection.price&label=missed.signal"));
        Assert.Equal([calmId], await Find("?q=cash-flow"));
        Assert.Equal(2, (await Find("?rep=rep.east")).Length);
        Assert.Empty(await Find("?rep=rep.west"));
        Assert.Equal(2, (await Find($"?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}")).Length);
        Assert.Empty(await Find($"?to={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-7).ToString("O"))}"));
        Assert.Equal(HttpStatusCode.BadRequest, (await coach.Http.GetAsync("/api/calls?label=objection.bogus")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await coach.Http.GetAsync("/api/calls?take=0")).StatusCode);
    }

    [Fact]
    public async Task TheReviewSaysWhatToCoachAndSummarizesFromTheLabelsWithoutAModel()
    {
        await using var factory = new CoachApiFactory();
        await using var coach = await SignedInClient.SignInAsync(factory, "coach.east");
        var callId = (await ImportKnownCallAsync(coach)).GetProperty("callId").GetString()!;

        var review = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");
        var summary = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}/summary");

        var points = review.GetProperty("coachingPoints").EnumerateArray().ToList();
        Assert.InRange(points.Count, 1, 3);
        var kinds = points.Select(p => p.GetProperty("kind").GetString()).ToList();
        Assert.Contains("unhandled_objection", kinds);
        Assert.Contains(6, points.First(p => p.GetProperty("kind").GetString() == "unhandled_objection").GetProperty("seqs")
            .EnumerateArray().Select(e => e.GetInt32()));
        Assert.True(kinds.Contains("missed_signal") || kinds.Contains("no_close_attempted"));
        Assert.Equal("labels", summary.GetProperty("source").GetString());
        Assert.Contains("6", summary.GetProperty("text").GetString());
        Assert.Equal(6, summary.GetProperty("digest").GetProperty("openObjections")[0].GetProperty("seq").GetInt32());
    }

    [Fact]
    public async Task WithAModelConfiguredTheSummaryIsTheModelsAndTheTranscriptGoesAsData()
    {
        await using var chat = await FakeChatServer.StartAsync();
        chat.Reply = "Dana needs a faster month-end close. The price objection is still open. No next step was agreed.";
        await using var factory = new CoachApiFactory(new Dictionary<string, string?> { ["Coach:Llm:Endpoint"] = chat.Endpoint });
        await using var coach = await SignedInClient.SignInAsync(factory, "coach.east");
        var callId = (await ImportKnownCallAsync(coach)).GetProperty("callId").GetString()!;
        chat.Requests.Clear();

        var summary = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}/summary");

        Assert.Equal("llm", summary.GetProperty("source").GetString());
        Assert.Equal(chat.Reply, summary.GetProperty("text").GetString());
        var messages = Assert.Single(chat.Requests);
        Assert.Equal("system", messages[0].Role);
        Assert.Contains("6 CUSTOMER: Honestly, your price is much higher", messages[^1].Content);

        chat.Status = 500;
        var fallback = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}/summary");
        Assert.Equal("labels", fallback.GetProperty("source").GetString());
    }
}
