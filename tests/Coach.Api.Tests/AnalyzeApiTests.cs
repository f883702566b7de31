using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Coach.Api.Tests;

public sealed class AnalyzeApiTests(CoachApiFactory factory) : IClassFixture<CoachApiFactory>
{
    [Fact]
    public async Task ACustomerLineIsLabeledForNeedSignalAndObjection()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/analyze",
            new { speaker = "customer", text = "这个价格超出我们预算太多了,能不能再便宜点?" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal("zh", root.GetProperty("lang").GetString());
        var labels = root.GetProperty("labels");
        Assert.Equal(["need", "objection", "signal"], labels.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("price", labels.GetProperty("objection").GetString());
        var objectionScores = root.GetProperty("scores").GetProperty("objection");
        Assert.True(objectionScores.GetProperty("price").GetSingle() > 0.5f);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("suggestions").ValueKind);
    }

    [Fact]
    public async Task APriceObjectionComesBackWithTheSixStepSuggestionAndItsSnippets()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/analyze",
            new { speaker = "customer", text = "That's well over what we budgeted, honestly." });

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var suggestion = body.RootElement.GetProperty("suggestions").EnumerateArray()
            .Single(s => s.GetProperty("kind").GetString() == "handle_objection");
        Assert.Contains("six-step", suggestion.GetProperty("title").GetString());
        Assert.Equal("objection.price", suggestion.GetProperty("situations")[0].GetString());
        var playbook = suggestion.GetProperty("playbook").EnumerateArray().ToList();
        Assert.NotEmpty(playbook);
        Assert.All(playbook, p => Assert.False(string.IsNullOrEmpty(p.GetProperty("title").GetString())));
    }

    [Fact]
    public async Task ARepLineIsLabeledForSpinAndCloseInTheGivenLanguage()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/analyze",
            new { speaker = "rep", text = "What does a late shipment cost you with that client?", lang = "en" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var labels = body.RootElement.GetProperty("labels");
        Assert.Equal(["close", "spin"], labels.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("implication", labels.GetProperty("spin").GetString());
        Assert.Equal("en", body.RootElement.GetProperty("lang").GetString());
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{"speaker":"customer","text":""}""", "text" },
        { """{"speaker":"customer","text":"   "}""", "text" },
        { """{"speaker":"customer"}""", "text" },
        { """{"speaker":"manager","text":"hello"}""", "speaker" },
        { """{"text":"hello"}""", "speaker" },
        { """{"speaker":"rep","text":"hello","lang":"fr"}""", "lang" },
        { """{"speaker":5,"text":"hello"}""", "$.speaker" },
        { """{"speaker":"rep","text":["a"]}""", "$.text" },
        { """{"speaker":"rep","text":"hello" """, "not the expected JSON" },
        { """["speaker","rep"]""", "not the expected JSON" },
        { "null", "JSON null" },
        { "", "empty" },
        { "speaker=rep&text=hello", "not the expected JSON" },
        { new string('[', 200) + new string(']', 200), "not the expected JSON" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task BadInputGetsA400ProblemSayingWhatIsWrong(string body, string mentions)
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/analyze", new StringContent(body, Encoding.UTF8, "application/json"));

        await AssertProblem(response, mentions);
    }

    [Fact]
    public async Task A20KilobyteUtteranceIsRejected()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsJsonAsync("/api/analyze", new { speaker = "customer", text = new string('贵', 20 * 1024 / 3) + "x" });

        await AssertProblem(response, "at most 2000");
    }

    [Fact]
    public async Task AHugeBodyIsRejectedWithoutBeingRead()
    {
        using var client = factory.CreateClient();
        var text = new string('a', 200_000);

        var response = await client.PostAsJsonAsync("/api/analyze", new { speaker = "customer", text });

        await AssertProblem(response, "bytes");
    }

    [Fact]
    public async Task InvalidUtf8IsRejected()
    {
        using var client = factory.CreateClient();
        var bytes = Encoding.UTF8.GetBytes("""{"speaker":"rep","text":"hi """).Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        var response = await client.PostAsync("/api/analyze", content);

        await AssertProblem(response, "UTF-8");
    }

    private static async Task AssertProblem(HttpResponseMessage response, string mentions)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        using var problem = JsonDocument.Parse(text);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(mentions, text);
    }
}
