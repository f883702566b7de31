using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Tests;

public sealed class SignInTests
{
    [Fact]
    public async Task ADemoUserSignsInSeesWhoTheyAreAndIsOutAfterSigningOut()
    {
        await using var factory = new CoachApiFactory();
        await using var rep = await SignedInClient.SignInAsync(factory, "Rep.East");

        var me = await rep.Http.GetFromJsonAsync<JsonElement>("/api/auth/me");
        Assert.Equal("rep.east", me.GetProperty("userName").GetString());
        Assert.Equal("rep", me.GetProperty("role").GetString());
        Assert.Equal("east", me.GetProperty("team").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await rep.Http.PostAsync("/api/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await rep.Http.GetAsync("/api/auth/me")).StatusCode);
    }

    [Fact]
    public async Task AWrongPasswordAndAnUnknownNameGetTheSame401AndNoCookie()
    {
        await using var factory = new CoachApiFactory();
        using var client = factory.CreateClient();

        var wrong = await client.PostAsJsonAsync("/api/auth/login", new { userName = "rep.east", password = "not-the-password" });
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { userName = "nobody", password = "not-the-password" });
        var missing = await client.PostAsJsonAsync("/api/auth/login", new { userName = "rep.east" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(await Detail(wrong), await Detail(unknown));
        Assert.False(wrong.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
    }

    [Fact]
    public async Task RepeatedSignInAttemptsFromOneAddressAreSlowedDown()
    {
        await using var factory = new CoachApiFactory(new Dictionary<string, string?> { ["Coach:SignIn:AttemptsPerMinute"] = "3" });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = "guess-" + i })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests],
            statuses);
    }

    [Fact]
    public async Task ARepSeesOnlyTheirOwnCallsAndACoachOnlyTheirTeams()
    {
        await using var factory = new CoachApiFactory();
        await using var east = await SignedInClient.SignInAsync(factory, "rep.east");
        await using var west = await SignedInClient.SignInAsync(factory, "rep.west");
        await using var eastCoach = await SignedInClient.SignInAsync(factory, "coach.east");
        await using var westCoach = await SignedInClient.SignInAsync(factory, "coach.west");
        await using var admin = await SignedInClient.SignInAsync(factory, "admin");
        var eastCall = await StartCallWithALineAsync(await east.ConnectAsync(), "太贵了，预算不够");
        var westCall = await StartCallWithALineAsync(await west.ConnectAsync(), "It's too expensive for us.");

        Assert.Equal([eastCall], await CallIdsAsync(east));
        Assert.Equal([westCall], await CallIdsAsync(west));
        Assert.Equal([eastCall], await CallIdsAsync(eastCoach));
        Assert.Equal([westCall], await CallIdsAsync(westCoach));
        Assert.Equal(new[] { eastCall, westCall }.Order(), (await CallIdsAsync(admin)).Order());

        var review = await eastCoach.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{eastCall}");
        Assert.Equal("太贵了，预算不够", review.GetProperty("utterances")[0].GetProperty("text").GetString());
        Assert.NotEqual("none", review.GetProperty("utterances")[0].GetProperty("labels").GetProperty("objection").GetString());
        Assert.Equal(1, review.GetProperty("scorecard").GetProperty("objectionsRaised").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await westCoach.Http.GetAsync($"/api/calls/{eastCall}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await west.Http.GetAsync($"/api/calls/{eastCall}")).StatusCode);

        var watchOther = await Assert.ThrowsAsync<HubException>(() => westCoach.ConnectAsync().Result.InvokeAsync<JsonElement>("WatchCall", eastCall));
        Assert.Contains("You may not watch", watchOther.Message);
        var lines = await (await eastCoach.ConnectAsync()).InvokeAsync<JsonElement>("WatchCall", eastCall);
        Assert.Equal(1, lines.GetArrayLength());
    }

    [Fact]
    public async Task WithoutASignInTheCallsAreClosed()
    {
        await using var factory = new CoachApiFactory();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/calls")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/calls/anything")).StatusCode);
    }

    [Fact]
    public async Task AnAdminAddsChangesAndRemovesPeopleAndChangesTakeEffectOnOpenSessions()
    {
        await using var factory = new CoachApiFactory();
        await using var admin = await SignedInClient.SignInAsync(factory, "admin");
        await using var rep = await SignedInClient.SignInAsync(factory, "rep.east");

        Assert.Equal(HttpStatusCode.Forbidden, (await rep.Http.GetAsync("/api/users")).StatusCode);
        var bad = await admin.Http.PostAsJsonAsync("/api/users", new { userName = "li.na", password = "short", role = "boss" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("password", out _));
        Assert.True(errors.TryGetProperty("role", out _));

        var created = await admin.Http.PostAsJsonAsync("/api/users",
            new { userName = "Li.Na", password = "a-long-password", role = "rep", team = "east", displayName = "李娜" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.False((await created.Content.ReadAsStringAsync()).Contains("hash", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Conflict,
            (await admin.Http.PostAsJsonAsync("/api/users", new { userName = "li.na", password = "another-password", role = "rep" })).StatusCode);
        await using var li = await SignedInClient.SignInAsync(factory, "li.na", "a-long-password");

        // Promote: the open session becomes a coach's at its next request.
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.PutAsJsonAsync("/api/users/li.na", new { role = "coach" })).StatusCode);
        Assert.Equal("coach", (await li.Http.GetFromJsonAsync<JsonElement>("/api/auth/me")).GetProperty("role").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.Http.DeleteAsync("/api/users/li.na")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await li.Http.GetAsync("/api/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.Http.DeleteAsync("/api/users/admin")).StatusCode);
    }

    [Fact]
    public async Task OutsideDevelopmentThereAreNoDemoUsers()
    {
        await using var factory = new CoachApiFactory(new Dictionary<string, string?> { ["environment"] = "Production" });
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/auth/login", new { userName = "admin", password = SignedInClient.DemoPassword });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<string> StartCallWithALineAsync(HubConnection hub, string customerLine)
    {
        var callId = (await hub.InvokeAsync<JsonElement>("StartCall", new { })).GetProperty("callId").GetString()!;
        await hub.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq = 1, speaker = "customer", text = customerLine });
        return callId;
    }

    private static async Task<string[]> CallIdsAsync(SignedInClient client) =>
        [.. (await client.Http.GetFromJsonAsync<JsonElement>("/api/calls")).EnumerateArray().Select(c => c.GetProperty("callId").GetString()!)];

    private static async Task<string?> Detail(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
}
