using static Microsoft.Playwright.Assertions;

namespace Coach.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class PlaybookPageTests(Browser browser)
{
    [Theory]
    [InlineData("they say we are too expensive", "objection.price", "en")]
    [InlineData("客户说已经在用金蝶了", "objection.competitor", "zh")]
    public async Task ASearchInEitherLanguageShowsSnippetsWithTheirSituations(string query, string situation, string shot)
    {
        await using var factory = new CoachApiFactory();
        var page = await browser.NewPageAsync(factory);
        await Browser.SignInAsync(page, "rep.east");
        await page.GotoAsync("/#/playbook");
        if (shot == "zh")
        {
            await page.Locator("header .lang-toggle").ClickAsync();
            await Expect(page.Locator("[data-view=playbook] h1")).ToHaveTextAsync("搜索话术库");
        }

        await page.Locator("[data-view=playbook] input[name=q]").FillAsync(query);
        await page.Locator("[data-view=playbook] input[name=q]").PressAsync("Enter");

        var results = page.Locator("#results li.result");
        await Expect(results.First).ToBeVisibleAsync();
        await Expect(results.First.Locator("h3")).Not.ToBeEmptyAsync();
        await Expect(page.Locator($"#results .chip[title='{situation}']").First).ToBeVisibleAsync();
        await Browser.ShootAsync(page, $"playbook-{shot}");
    }
}
