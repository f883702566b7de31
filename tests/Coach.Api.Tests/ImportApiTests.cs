using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Coach.Api.Tests;

/// <summary>Finished calls uploaded as JSON, WebVTT (Teams, Zoom) and plain text; broken files refused whole.</summary>
public sealed class ImportApiTests
{
    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Samples", name);

    internal static async Task<HttpResponseMessage> ImportAsync(HttpClient http, byte[] body, string mediaType, string query = "")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        return await http.PostAsync("/api/calls/import" + query, content);
    }

    [Theory]
    [InlineData("teams-discovery.vtt", "text/vtt", "?rep=Daniel%20Brooks", "Daniel Brooks", "Priya Raman")]
    [InlineData("zoom-demo.vtt", "text/vtt", "?rep=Marcus%20Lee", "Marcus Lee", "Sarah O'Connor")]
    [InlineData("chinese-renewal.vtt", "text/vtt", "?rep=王经理", "王经理", "李总")]
    [InlineData("plain-with-times.txt", "text/plain; charset=utf-8", "?rep=Emily%20Carter", "Emily Carter", "Jan Novak")]
    [InlineData("json-negotiation.json", "application/json", "", "Daniel Brooks", "Priya Raman")]
    public async Task EachFormatImportsLabeledScoredAndStored(string file, string mediaType, string query, string rep, string customer)
    {
        await using var factory = new CoachApiFactory();
        await using var coach = await SignedInClient.SignInAsync(factory, "rep.east");

        var response = await ImportAsync(coach.Http, await File.ReadAllBytesAsync(Sample(file)), mediaType, query);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var call = await response.Content.ReadFromJsonAsync<JsonElement>();
        var lines = call.GetProperty("utterances").EnumerateArray().ToList();
        Assert.True(lines.Count >= 3);
        Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(l => l.GetProperty("seq").GetInt32()));
        Assert.All(lines.Where(l => l.GetProperty("name").GetString() == rep), l => Assert.Equal("rep", l.GetProperty("speaker").GetString()));
        Assert.All(lines.Where(l => l.GetProperty("name").GetString() == customer), l => Assert.Equal("customer", l.GetProperty("speaker").GetString()));
        Assert.All(lines, l => Assert.True(l.GetProperty("labels").EnumerateObject().Any()));
        Assert.Equal(lines.Count, call.GetProperty("scorecard").GetProperty("lines").GetInt32());
        Assert.Equal($"/api/calls/{call.GetProperty("callId").GetString()}", response.Headers.Location?.OriginalString);

        var stored = await coach.Http.GetFromJsonAsync<JsonElement>(response.Headers.Location!.OriginalString);
        Assert.Equal(lines.Count, stored.GetProperty("utterances").GetArrayLength());
        Assert.Equal("import", stored.GetProperty("source").GetString());
        Assert.Equal("rep.east", stored.GetProperty("owner").GetString());
    }

    [Fact]
    public async Task ABrokenFileGetsA400NamingTheLineAndNothingIsStored()
    {
        await using var factory = new CoachApiFactory();
        await using var rep = await SignedInClient.SignInAsync(factory, "rep.east");
        var broken = "WEBVTT\r\n\r\n1\r\n00:00:01.000 --> 00:00:03.000\r\n<v Ann>Hello there.</v>\r\n\r\n2\r\n00:00:04 -> 00:00:06\r\n<v Bo>Hi.</v>\r\n";

        var response = await ImportAsync(rep.Http, Encoding.UTF8.GetBytes(broken), "text/vtt", "?rep=Ann");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Line 8", problem.GetProperty("detail").GetString());
        Assert.Equal(8, problem.GetProperty("line").GetInt32());
        Assert.Equal(0, (await rep.Http.GetFromJsonAsync<JsonElement>("/api/calls")).GetArrayLength());
    }

    [Fact]
    public async Task WrongTypesSizesAndNamesAreRefusedClearly()
    {
        await using var factory = new CoachApiFactory(new Dictionary<string, string?> { ["Coach:Import:MaxBytes"] = "2000" });
        await using var rep = await SignedInClient.SignInAsync(factory, "rep.east");
        var plain = Encoding.UTF8.GetBytes("Ann: Hello, how is the quarter going?\nBo: Busy, our invoices are a mess.\n");

        var html = await ImportAsync(rep.Http, plain, "text/html");
        var large = await ImportAsync(rep.Http, Encoding.UTF8.GetBytes(new string('x', 3000)), "text/plain");
        var noRep = await ImportAsync(rep.Http, plain, "text/plain", "?rep=Carla");
        var badUtf8 = await ImportAsync(rep.Http, [0x41, 0x3A, 0x20, 0xC3, 0x28], "text/plain");
        var badJson = await ImportAsync(rep.Http, Encoding.UTF8.GetBytes("{\"utterances\":[{\"speaker\":\"rep\",\"text\":\"hi\"},{\"speaker\":\"boss\",\"text\":\"x\"}]}"),
            "application/json");
        var otherOwner = await ImportAsync(rep.Http, plain, "text/plain", "?rep=Ann&owner=rep.west");
        using var anonymous = factory.CreateClient();
        var noSignIn = await ImportAsync(anonymous, plain, "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, html.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noRep.StatusCode);
        Assert.Contains("Carla", await noRep.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badUtf8.StatusCode);
        Assert.Contains("UTF-8", await badUtf8.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Contains("utterances[1].speaker", await badJson.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, otherOwner.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noSignIn.StatusCode);
        Assert.Equal(0, (await rep.Http.GetFromJsonAsync<JsonElement>("/api/calls")).GetArrayLength());
    }

    [Fact]
    public async Task ACoachImportsForARepOfTheTeamAndTheRepSeesIt()
    {
        await using var factory = new CoachApiFactory();
        await using var coach = await SignedInClient.SignInAsync(factory, "coach.east");
        await using var rep = await SignedInClient.SignInAsync(factory, "rep.east");
        await using var other = await SignedInClient.SignInAsync(factory, "rep.west");
        var plain = Encoding.UTF8.GetBytes("Ann: What does month-end close cost your team?\nBo: Three days of overtime every month.\n");

        var forWest = await ImportAsync(coach.Http, plain, "text/plain", "?rep=Ann&owner=rep.west");
        var forEast = await ImportAsync(coach.Http, plain, "text/plain", "?rep=Ann&owner=rep.east&title=Acme%20discovery");

        Assert.Equal(HttpStatusCode.Forbidden, forWest.StatusCode);
        Assert.Equal(HttpStatusCode.Created, forEast.StatusCode);
        var listed = await rep.Http.GetFromJsonAsync<JsonElement>("/api/calls");
        Assert.Equal("Acme discovery", listed[0].GetProperty("title").GetString());
        Assert.Equal(0, (await other.Http.GetFromJsonAsync<JsonElement>("/api/calls")).GetArrayLength());
    }
}
