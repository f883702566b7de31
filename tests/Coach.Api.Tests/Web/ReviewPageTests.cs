using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coach.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class ReviewPageTests(Browser browser)
{
    [Fact]
    public async Task ACoachOpensAnImportedCallSeesTheScorecardAndCorrectsALabelInPlace()
    {
        await using var factory = new CoachApiFactory();
        await using var rep = await SignedInClient.SignInAsync(factory, "rep.east");
        await using var coach = await SignedInClient.SignInAsync(factory, "coach.east");
        var imported = await ImportApiTests.ImportAsync(rep.Http, Encoding.UTF8.GetBytes(ReviewApiTests.KnownCall), "text/plain",
            "?rep=Sam&title=Dana%20discovery");
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var callId = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("callId").GetString()!;
        var page = await browser.NewPageAsync(factory);

        await Browser.SignInAsync(page, "coach.east");
        await Expect(page.Locator("[data-view=review]")).ToBeVisibleAsync();
        await Expect(page.Locator($"a.call-link[data-call='{callId}']")).ToBeVisibleAsync();
        await Browser.ShootAsync(page, "review-list");
        await page.Locator($"a.call-link[data-call='{callId}']").ClickAsync();

        await Expect(page.Locator("#scorecard")).ToBeVisibleAsync();
        await Expect(page.Locator("#scorecard")).ToContainTextAsync("#6");
        await Expect(page.Locator("#scorecard svg").First).ToBeVisibleAsync();
        await Expect(page.Locator("#coaching-points li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#transcript li[data-seq='6'] .tag[data-task=objection]")).ToHaveAttributeAsync("data-label", "price");
        await Expect(page.Locator("#transcript li[data-seq='6'] .given-advice li[data-kind=handle_objection]")).ToBeVisibleAsync();

        // Pointing at a tag marks the words that drove the label.
        await page.Locator("#transcript li[data-seq='6'] .tag[data-task=objection]").HoverAsync();
        await Expect(page.Locator("#transcript li[data-seq='6'] mark.evidence").First).ToBeVisibleAsync();
        await Expect(page.Locator("#transcript li[data-seq='6'] .tag[data-task=objection]")).ToHaveAttributeAsync("data-model",
            new System.Text.RegularExpressions.Regex("^[0-9a-f]{12}$"));
        await Browser.ShootAsync(page, "review-evidence");
        await page.Mouse.MoveAsync(0, 0);
        await Expect(page.Locator("#transcript li[data-seq='6'] mark.evidence")).ToHaveCountAsync(0);

        var line4 = page.Locator("#transcript li[data-seq='4']");
        var modelNeed = await line4.Locator("select[name=need]").InputValueAsync();
        var corrected = modelNeed == "latent" ? "explicit" : "latent";
        await line4.Locator("button.correct-toggle").ClickAsync();
        await line4.Locator("select[name=need]").SelectOptionAsync(corrected);
        await line4.Locator(".correct-form button[type=submit]").ClickAsync();

        var tag = page.Locator("#transcript li[data-seq='4'] .tag[data-task=need]");
        await Expect(tag).ToHaveAttributeAsync("data-label", corrected);
        await Expect(tag).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("corrected"));
        await Expect(page.Locator("#transcript li[data-seq='4'] .corrected-note")).ToBeVisibleAsync();

        await page.Locator("#transcript li[data-seq='6'] button.comment-toggle").ClickAsync();
        var comment = page.Locator("#transcript li[data-seq='6'] .comment-form input");
        await comment.FillAsync("Acknowledge the price first.");
        await comment.PressAsync("Enter");
        await Expect(page.Locator("#transcript li[data-seq='6'] .comments")).ToContainTextAsync("Acknowledge the price first.");
        await Browser.ShootAsync(page, "review-call");

        var review = await coach.Http.GetFromJsonAsync<JsonElement>($"/api/calls/{callId}");
        var line = review.GetProperty("utterances")[3];
        Assert.Equal(corrected, line.GetProperty("labels").GetProperty("need").GetString());
        Assert.Equal(modelNeed, line.GetProperty("modelLabels").GetProperty("need").GetString());
        Assert.Equal("coach.east", line.GetProperty("corrections")[0].GetProperty("author").GetString());
    }
}
