using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coach.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class LivePageTests(Browser browser)
{
    [Fact]
    public async Task ATypedChinesePriceObjectionIsTaggedAndASuggestionArrives()
    {
        await using var factory = new CoachApiFactory();
        var page = await browser.NewPageAsync(factory);
        await Browser.SignInAsync(page, "rep.east");
        await Expect(page.Locator("[data-view=live]")).ToBeVisibleAsync();

        await page.Locator("#start-call input[name=title]").FillAsync("采购部 王总");
        await page.Locator("#start-call select[name=lang]").SelectOptionAsync("zh");
        await page.Locator("#start-call button[type=submit]").ClickAsync();
        await page.Locator("#composer button[data-speaker=rep]").ClickAsync();
        await page.Locator("#line-input").FillAsync("你们现在财务部有几个人在做对账？");
        await page.Locator("#line-input").PressAsync("Enter");
        await Expect(page.Locator("#transcript li[data-seq='1'] .tag[data-task=spin]")).ToBeVisibleAsync();
        await page.Locator("#composer button[data-speaker=customer]").ClickAsync();
        await page.Locator("#line-input").FillAsync("你们的价格太贵了，比我们预算高一倍");
        await page.Locator("#line-input").PressAsync("Enter");

        var line = page.Locator("#transcript li[data-seq='2']");
        await Expect(line).ToContainTextAsync("预算高一倍");
        await Expect(line.Locator(".tag[data-task=objection]")).ToHaveAttributeAsync("data-label", "price");
        await line.Locator(".tag[data-task=objection]").HoverAsync();
        await Expect(line.Locator("mark.evidence").First).ToBeVisibleAsync();
        var card = page.Locator("#suggestions .suggestion[data-seq='2']").First;
        await Expect(card).ToBeVisibleAsync();
        await Expect(page.Locator("#call-state #stage")).Not.ToHaveTextAsync("–");

        var snippet = card.Locator("button[data-snippet]").First;
        if (await snippet.CountAsync() > 0)
        {
            await snippet.ClickAsync();
            await Expect(card.Locator(".snippet-text").First).Not.ToBeEmptyAsync();
        }

        await Browser.ShootAsync(page, "live");
    }

    [Fact]
    public async Task APastedTranscriptIsSentLineByLineWithTheChosenRep()
    {
        await using var factory = new CoachApiFactory();
        var page = await browser.NewPageAsync(factory);
        await Browser.SignInAsync(page, "rep.east");
        await page.Locator("#start-call button[type=submit]").ClickAsync();
        await Expect(page.Locator(".callid")).ToBeVisibleAsync();

        await page.Locator("details.paste summary").ClickAsync();
        await page.Locator("textarea[name=transcript]").FillAsync(
            "Sam: How many people process supplier invoices today?\nDana: Honestly, your price is much higher than what we budgeted.");
        await page.Locator("select[name=repName]").SelectOptionAsync("Sam");
        await page.Locator("details.paste button[type=submit]").ClickAsync();

        await Expect(page.Locator("#transcript li[data-seq='1']")).ToHaveAttributeAsync("data-speaker", "rep");
        await Expect(page.Locator("#transcript li[data-seq='2'] .tag[data-task=objection]")).ToBeVisibleAsync();
    }
}
