using Coach.Resilience.Reconnects;

namespace Coach.Api.Tests.Resilience;

/// <summary>
/// The reconnect scenario of the resilience runner, at a small scale: real service processes (and, for two instances,
/// real PostgreSQL and Redis), real SignalR clients whose WebSockets are cut mid-line.
/// </summary>
public sealed class ReconnectTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task CallsWhoseConnectionsAreCutMidLineKeepEveryLineOnceAndTheStateOfACleanRun(int instances)
    {
        var figures = await ReconnectScenario.MeasureAsync(instances, calls: 8, lines: 25, disconnects: 80, TimeSpan.FromMilliseconds(30),
            seed: 7, CancellationToken.None);

        Assert.Equal(80, figures.Disconnects);
        Assert.True(figures.DisconnectsWithLineInFlight > 0, "no connection was cut with a line on its way");
        Assert.Equal(8 * 25, figures.ReadBack.Acked);
        Assert.Equal(8 * 25, figures.ReadBack.Stored);
        Assert.Equal(0, figures.ReadBack.Lost);
        Assert.Equal(0, figures.ReadBack.StoredTwice);
        Assert.Equal(0, figures.LabelMessagesTwice);
        Assert.Equal(0, figures.SuggestionMessagesTwice);
        Assert.Equal(0, figures.ReadBack.ScorecardsDiffering);
        Assert.Equal(0, figures.InstancesExited);
        Assert.True(figures.MetBar);
    }
}
