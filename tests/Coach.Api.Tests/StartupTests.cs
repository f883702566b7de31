using System.Diagnostics;

namespace Coach.Api.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task TheServiceRefusesToStartWhenAModelFileIsMissingAndNamesIt()
    {
        var empty = Path.Combine(Path.GetTempPath(), "coach-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Coach.Api.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Coach__Models__Path"] = empty, ["ASPNETCORE_ENVIRONMENT"] = "Production" },
        };

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        var log = await output + await error;
        Assert.Contains(Path.Combine(empty, "need.zip"), log);
        Assert.Contains("missing", log);
    }
}
