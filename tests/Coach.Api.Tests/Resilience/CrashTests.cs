using Coach.Resilience.Crash;

namespace Coach.Api.Tests.Resilience;

/// <summary>The crash scenario of the resilience runner at a small scale: the real service killed with SIGKILL mid-call and started again.</summary>
public sealed class CrashTests
{
    [Fact]
    public async Task EveryAcknowledgedLineIsThereOnceAfterTheServiceIsKilledMidCallAndRestarted()
    {
        var figures = await CrashScenario.MeasureAsync(instances: 1, calls: 6, lines: 60, kills: 2, TimeSpan.FromMilliseconds(40), seed: 3,
            CancellationToken.None);

        Assert.Equal(2, figures.Kills.Count);
        Assert.All(figures.Kills, k => Assert.True(k.AckedBefore > 0, "a kill came before any line was acknowledged"));
        Assert.Equal(6 * 60, figures.ReadBack.Acked);
        Assert.Equal(6 * 60, figures.ReadBack.Stored);
        Assert.Equal(0, figures.ReadBack.Lost);
        Assert.Equal(0, figures.ReadBack.StoredTwice);
        Assert.Equal(0, figures.ReadBack.ScorecardsDiffering);
        Assert.True(figures.MetBar);
    }
}
