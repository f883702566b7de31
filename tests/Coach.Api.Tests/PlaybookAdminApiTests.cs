using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Coach.Api.Tests;

public sealed class PlaybookAdminApiTests
{
    private const string AdminKey = "admin-key-0123456789abcdef";
    private const string RepKey = "rep-key-0123456789abcdef";

    private static Dictionary<string, string?> Settings(string edits) => new()
    {
        ["Coach:ApiKeys:0:Key"] = AdminKey,
        ["Coach:ApiKeys:0:Role"] = "admin",
        ["Coach:ApiKeys:1:Key"] = RepKey,
        ["Coach:ApiKeys:1:Role"] = "rep",
        ["Coach:Playbook:EditsPath"] = edits,
    };

    private static HttpClient Client(CoachApiFactory factory, string? key)
    {
        var client = factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    private static object NewSnippet(string id, string text) => new
    {
        id, title = "Warehouse pilot price", lang = "en", situations = new[] { "objection.price", "signal.trial" },
        keywords = new[] { "forklift budget" }, text,
    };

    [Fact]
    public async Task AChangeAnAdminMakesOnOneInstanceReachesAnotherSharingTheEditsFolder()
    {
        var edits = CoachApiFactory.NewEditsFolder();
        var shared = new Dictionary<string, string?>(Settings(edits)) { ["Coach:Playbook:RefreshSeconds"] = "1" };
        await using var first = new CoachApiFactory(shared);
        await using var second = new CoachApiFactory(shared);
        using var onFirst = Client(first, AdminKey);
        using var onSecond = Client(second, RepKey);

        Assert.Equal(HttpStatusCode.Created, (await onFirst.PostAsJsonAsync("/api/playbook",
            NewSnippet("en-test-shared", "Tie the price to forklift idle hours. Say: \"what does an idle forklift cost per shift?\""))).StatusCode);
        await Eventually(async () => (await onSecond.GetAsync("/api/playbook/en-test-shared")).StatusCode == HttpStatusCode.OK);
        Assert.Contains("en-test-shared", await onSecond.GetStringAsync("/api/playbook/search?q=forklift%20idle%20hours&top=3"));

        Assert.Equal(HttpStatusCode.OK, (await onFirst.PutAsJsonAsync("/api/playbook/en-test-shared",
            NewSnippet("en-test-shared", "Compare with pallet damage instead. Say: \"how many pallets were damaged last quarter?\""))).StatusCode);
        await Eventually(async () => (await onSecond.GetStringAsync("/api/playbook/en-test-shared")).Contains("pallet"));
        Assert.Contains("en-test-shared", await onSecond.GetStringAsync("/api/playbook/search?q=pallet%20damaged&top=3"));

        Assert.Equal(HttpStatusCode.NoContent, (await onFirst.DeleteAsync("/api/playbook/en-test-shared")).StatusCode);
        await Eventually(async () => (await onSecond.GetAsync("/api/playbook/en-test-shared")).StatusCode == HttpStatusCode.NotFound);
        Assert.DoesNotContain("en-test-shared", await onSecond.GetStringAsync("/api/playbook/search?q=pallet%20damaged&top=3"));
    }

    /// <summary>Waits up to 15 s for another instance's periodic look at the shared folder.</summary>
    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 150; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The other instance did not take in the change within 15 s.");
    }

    [Fact]
    public async Task AnAdminAddsEditsAndDeletesASnippetAndSearchSeesEachChangeAtOnce()
    {
        await using var factory = new CoachApiFactory(Settings(CoachApiFactory.NewEditsFolder()));
        using var admin = Client(factory, AdminKey);

        var created = await admin.PostAsJsonAsync("/api/playbook", NewSnippet("en-test-forklift", "Tie the price to forklift idle hours. Say: \"what does an idle forklift cost per shift?\""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/playbook/en-test-forklift", created.Headers.Location?.ToString());
        Assert.Contains("en-test-forklift", await admin.GetStringAsync("/api/playbook/search?q=forklift%20idle%20hours&top=3"));

        var updated = await admin.PutAsJsonAsync("/api/playbook/en-test-forklift", NewSnippet("en-test-forklift", "Compare with pallet damage instead. Say: \"how many pallets were damaged last quarter?\""));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var afterEdit = await admin.GetStringAsync("/api/playbook/search?q=pallet%20damaged&top=3");
        Assert.Contains("en-test-forklift", afterEdit);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/playbook/en-test-forklift")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/playbook/en-test-forklift")).StatusCode);
        Assert.DoesNotContain("en-test-forklift", await admin.GetStringAsync("/api/playbook/search?q=pallet%20damaged&top=3"));
    }

    [Fact]
    public async Task EditsSurviveARestart()
    {
        var edits = CoachApiFactory.NewEditsFolder();
        await using (var first = new CoachApiFactory(Settings(edits)))
        {
            using var admin = Client(first, AdminKey);
            var markdown = "---\nid: zh-test-restart\ntitle: 重启后还在\nlang: zh\nsituations: [stage.follow_up]\n---\n会后当天发纪要。可以说:\"我把今天的三点结论发您邮箱。\"";
            var created = await admin.PostAsync("/api/playbook", new StringContent(markdown, Encoding.UTF8, "text/markdown"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        await using var second = new CoachApiFactory(Settings(edits));
        using var client = Client(second, null);
        var snippet = await client.GetFromJsonAsync<JsonElement>("/api/playbook/zh-test-restart");
        Assert.Equal("重启后还在", snippet.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ChangesNeedAnAdminKey()
    {
        await using var factory = new CoachApiFactory(Settings(CoachApiFactory.NewEditsFolder()));
        var body = NewSnippet("en-test-auth", "Say: \"hello\"");

        using var anonymous = Client(factory, null);
        using var rep = Client(factory, RepKey);
        using var wrong = Client(factory, "not-a-key-0123456789abcdef");

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/playbook", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.PostAsJsonAsync("/api/playbook", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.PostAsJsonAsync("/api/playbook", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await rep.DeleteAsync("/api/playbook/en-a-objection-price-six-step")).StatusCode);
    }

    public static TheoryData<string, string, string> BadSnippets => new()
    {
        { "application/json", """{"id":"en-x","title":"t","lang":"en","situations":["objection.cheap"],"text":"Say: hi"}""", "situations" },
        { "application/json", """{"id":"Not An Id","title":"t","lang":"en","situations":["objection.price"],"text":"Say: hi"}""", "id" },
        { "application/json", """{"id":"en-x","title":"t","lang":"en","situations":["objection.price"],"text":""}""", "text" },
        { "application/json", """{"id":"en-x","title":"t","lang":"en","situations":"objection.price","text":"Say: hi"}""", "$.situations" },
        { "text/markdown", "id: en-x\ntitle: no front matter fences", "front_matter" },
        { "text/markdown", "---\nid: en-x\ntitle: [broken\n---\nSay: hi", "not valid YAML" },
    };

    [Theory]
    [MemberData(nameof(BadSnippets))]
    public async Task BadSnippetsAreRejectedWithTheReasonAndNothingIsStored(string contentType, string body, string mentions)
    {
        await using var factory = new CoachApiFactory(Settings(CoachApiFactory.NewEditsFolder()));
        using var admin = Client(factory, AdminKey);

        var response = await admin.PostAsync("/api/playbook", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentions, await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/playbook/en-x")).StatusCode);
    }

    [Fact]
    public async Task ConflictsAndMismatchesAreRefused()
    {
        await using var factory = new CoachApiFactory(Settings(CoachApiFactory.NewEditsFolder()));
        using var admin = Client(factory, AdminKey);
        var shippedId = (await admin.GetFromJsonAsync<JsonElement>("/api/playbook?lang=en"))[0].GetProperty("id").GetString()!;

        var duplicate = await admin.PostAsJsonAsync("/api/playbook", NewSnippet(shippedId, "Say: \"x\""));
        var mismatch = await admin.PutAsJsonAsync($"/api/playbook/{shippedId}", NewSnippet("en-other", "Say: \"x\""));
        var missing = await admin.PutAsJsonAsync("/api/playbook/en-missing", NewSnippet("en-missing", "Say: \"x\""));

        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
