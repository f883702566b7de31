using Microsoft.Playwright;

namespace Coach.Api.Tests.Web;

/// <summary>
/// The Debian chromium driven by Playwright, shared by the web client's tests. Playwright's driver ships in its
/// NuGet package; the browser is the machine's (<c>.ci/run</c> installs it), never one Playwright downloads.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ShotsFolder = "/tmp/web-shots";

    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: apt-get install chromium fonts-wqy-microhei");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh context (its own cookies and storage) on the service, in English unless told, at laptop width.</summary>
    public async Task<IPage> NewPageAsync(CoachApiFactory factory, string locale = "en-US")
    {
        var context = await Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = factory.ClientOptions.BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = Laptop,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return page;
    }

    public static readonly ViewportSize Laptop = new() { Width = 1280, Height = 860 };
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 780 };

    /// <summary>Full-page screenshots of the page at laptop and at phone width: /tmp/web-shots/{name}-laptop.png, -phone.png.</summary>
    public static async Task ShootAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ShotsFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, $"{name}-laptop.png"), FullPage = true });
        await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ShotsFolder, $"{name}-phone.png"), FullPage = true });
        await page.SetViewportSizeAsync(Laptop.Width, Laptop.Height);
    }

    /// <summary>Signs in through the form and waits for the signed-in header.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password = SignedInClient.DemoPassword)
    {
        await page.GotoAsync("/#/signin");
        await page.Locator("#signin input[name=userName]").FillAsync(userName);
        await page.Locator("#signin input[name=password]").FillAsync(password);
        await page.Locator("#signin button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator($"header .user[data-user='{userName}']")).ToBeVisibleAsync();
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Browser>
{
    public const string Name = "browser";
}
