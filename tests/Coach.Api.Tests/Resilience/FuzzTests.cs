using Coach.Resilience.Fuzz;
using Xunit.Abstractions;

namespace Coach.Api.Tests.Resilience;

/// <summary>The resilience runner's fuzz scenario at CI scale: the real service as a process, 1,500 seeded malformed inputs.</summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task MalformedInputsNeverCrashTheServiceNorGet5xxNorUnexpectedHubErrors()
    {
        var figures = await FuzzScenario.RunOnOwnServiceAsync(inputs: 1500, seed: 7, CancellationToken.None);
        output.WriteLine(figures.ToString());

        Assert.Equal(1500, figures.Inputs);
        Assert.Equal(0, figures.Crashes);
        Assert.Equal(0, figures.ServerErrors);
        Assert.Equal(0, figures.UnexpectedHubErrors);
        Assert.Equal(0, figures.UnexpectedDrops);
        Assert.Equal(0, figures.Timeouts);
        Assert.Equal(200, figures.HealthAfter);
        Assert.True(figures.NormalCallAfter, figures.NormalCallError);
        Assert.Empty(figures.ErrorLogLines);
        Assert.True(figures.MetBar, figures.ToString());
    }
}
