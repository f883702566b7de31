using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Coach.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class SignInPageTests(Browser browser)
{
    [Fact]
    public async Task AWrongPasswordSaysSoAndTheRightOneOpensTheLiveView()
    {
        await using var factory = new CoachApiFactory();
        var page = await browser.NewPageAsync(factory);

        await page.GotoAsync("/");
        await Expect(page.Locator("#signin")).ToBeVisibleAsync();
        await Browser.ShootAsync(page, "signin");
        await page.Locator("#signin input[name=userName]").FillAsync("rep.east");
        await page.Locator("#signin input[name=password]").FillAsync("not-the-password");
        await page.Locator("#signin button[type=submit]").ClickAsync();
        await Expect(page.Locator("#signin .error")).ToContainTextAsync("wrong");

        await page.Locator("#signin input[name=password]").FillAsync(SignedInClient.DemoPassword);
        await page.Locator("#signin button[type=submit]").ClickAsync();

        await Expect(page.Locator("[data-view=live]")).ToBeVisibleAsync();
        await Expect(page.Locator("header .user")).ToHaveAttributeAsync("data-user", "rep.east");
        await Expect(page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task TheLanguageToggleSwitchesTheInterfaceToChineseAndBack()
    {
        await using var factory = new CoachApiFactory();
        var page = await browser.NewPageAsync(factory);
        await page.GotoAsync("/#/signin");
        await Expect(page.Locator("#signin h1")).ToHaveTextAsync("Sign in");

        await page.Locator("header .lang-toggle").ClickAsync();

        await Expect(page.Locator("#signin h1")).ToHaveTextAsync("登录");
        await Expect(page.Locator("header nav")).ToContainTextAsync("话术库");
        await Browser.ShootAsync(page, "signin-zh");
        await page.Locator("header .lang-toggle").ClickAsync();
        await Expect(page.Locator("#signin h1")).ToHaveTextAsync("Sign in");
    }

    [Fact]
    public async Task AChineseBrowserGetsTheChineseInterface()
    {
        await using var factory = new CoachApiFactory();
        var page = await browser.NewPageAsync(factory, locale: "zh-CN");
        await page.GotoAsync("/");
        await Expect(page.Locator("#signin h1")).ToHaveTextAsync("登录");
    }
}
