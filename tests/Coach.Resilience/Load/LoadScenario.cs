using System.Diagnostics;
using Coach.Api.Cli;
using Coach.Resilience.Processes;

namespace Coach.Resilience.Load;

/// <summary>
/// The live load generator (the <c>load-test</c> verb's) against one instance on SQLite or several on PostgreSQL and
/// Redis, with each instance's working set sampled through the run: latency under load, the load split over
/// instances, and whether memory levels off in a long steady run.
/// </summary>
public sealed class LoadScenario : IScenario
{
    public string Name => "load";

    public string Help => "--instances 1 --calls 2000 --interval 3 --duration 60 --call-seconds 0 (0: one call per connection) --sample-seconds 30";

    public async Task<bool> RunAsync(RunnerArgs args, CancellationToken ct)
    {
        var callSeconds = args.Int("call-seconds", 0, allowZero: true);
        var figures = await MeasureAsync(args.Int("instances", 1), args.Int("calls", 2000), TimeSpan.FromSeconds(args.Int("interval", 3)),
            TimeSpan.FromSeconds(args.Int("duration", 60)), callSeconds > 0 ? TimeSpan.FromSeconds(callSeconds) : null,
            TimeSpan.FromSeconds(args.Int("sample-seconds", 30)), Console.Error, ct);
        figures.Print(Console.Out);
        return figures.MetBar;
    }

    public static async Task<LoadRunFigures> MeasureAsync(int instances, int calls, TimeSpan interval, TimeSpan duration, TimeSpan? callLength,
        TimeSpan sampleEvery, TextWriter log, CancellationToken ct)
    {
        await using var cluster = await ServiceCluster.StartAsync(instances);
        var samples = new List<MemorySample>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        Task? sampling = null;
        var figures = await LoadGenerator.RunAsync([.. cluster.Urls.Select(u => new Uri(u))], ServiceCluster.Key, calls, interval, duration,
            callLength, log, ct, steady: () => sampling = SampleAsync(cluster, samples, sampleEvery, stop.Token));
        stop.Cancel();
        if (sampling is not null)
        {
            await sampling;
        }

        return new LoadRunFigures(cluster.Description, calls, interval, duration, callLength, figures, samples,
            cluster.Instances.Count(i => i.HasExited));
    }

    private static async Task SampleAsync(ServiceCluster cluster, List<MemorySample> samples, TimeSpan every, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            while (true)
            {
                samples.Add(new MemorySample(clock.Elapsed, WorkingSets(cluster)));
                await Task.Delay(every, ct);
            }
        }
        catch (OperationCanceledException)
        {
            samples.Add(new MemorySample(clock.Elapsed, WorkingSets(cluster)));
        }
    }

    private static double[] WorkingSets(ServiceCluster cluster) => [.. cluster.Instances.Select(i => i.HasExited ? 0 : i.WorkingSetMb())];
}
