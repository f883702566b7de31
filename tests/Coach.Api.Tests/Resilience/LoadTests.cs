using Coach.Resilience.Load;

namespace Coach.Api.Tests.Resilience;

/// <summary>The load scenario of the resilience runner at a small scale (it measures; this checks that what it measures is whole).</summary>
public sealed class LoadTests
{
    [Fact]
    public async Task CallsSpreadOverTwoInstancesAreAllServedAndEachInstanceIsSampled()
    {
        var figures = await LoadScenario.MeasureAsync(instances: 2, calls: 20, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(6),
            callLength: TimeSpan.FromSeconds(2), sampleEvery: TimeSpan.FromSeconds(2), TextWriter.Null, CancellationToken.None);

        Assert.Empty(figures.Load.Errors);
        Assert.Equal(0, figures.InstancesExited);
        Assert.True(figures.Load.CallsRun >= 40, $"only {figures.Load.CallsRun} calls ran: each connection should run calls back to back");
        Assert.Equal(figures.Load.LinesSent, figures.Load.RoundTrips.Length);
        Assert.NotEmpty(figures.Load.FirstSuggestions);
        Assert.All(figures.Memory, m => Assert.Equal(2, m.WorkingSetMb.Count));
        Assert.All(figures.Memory, m => Assert.All(m.WorkingSetMb, mb => Assert.True(mb > 50, $"an instance's working set read {mb:0} MB")));
    }
}
