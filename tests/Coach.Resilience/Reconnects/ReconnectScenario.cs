using System.Diagnostics;
using Coach.Resilience.Processes;

namespace Coach.Resilience.Reconnects;

/// <summary>
/// Forced disconnects mid-call: calls run over real SignalR clients while their WebSockets are cut at random
/// (mostly with a line on its way); each client reconnects to the next instance, resumes the call and resends
/// what it has no ack for. Afterwards every call is read back over REST and compared with a clean import of the
/// same lines: every line stored once, no message delivered twice, the same scorecard.
/// </summary>
public sealed class ReconnectScenario : IScenario
{
    public string Name => "reconnects";

    public string Help => "--disconnects 1000 --calls 100 --lines 100 --interval-ms 40 --instances 2 --seed 1";

    public async Task<bool> RunAsync(RunnerArgs args, CancellationToken ct)
    {
        var figures = await MeasureAsync(args.Int("instances", 2), args.Int("calls", 100), args.Int("lines", 100),
            args.Int("disconnects", 1000), TimeSpan.FromMilliseconds(args.Int("interval-ms", 40)), args.Int("seed", 1), ct);
        figures.Print(Console.Out);
        return figures.MetBar;
    }

    public static async Task<ReconnectFigures> MeasureAsync(int instances, int calls, int lines, int disconnects, TimeSpan interval, int seed,
        CancellationToken ct)
    {
        await using var cluster = await ServiceCluster.StartAsync(instances);
        var urls = cluster.Urls;
        var run = Enumerable.Range(0, calls).Select(i =>
        {
            var (lang, script) = CallScripts.For(i, lines);
            return new ReconnectingCall($"reconnect-{seed}-{i}", lang, script, urls, i, ServiceCluster.Key);
        }).ToList();

        var clock = Stopwatch.StartNew();
        var callTasks = run.Select(c => c.RunAsync(interval, ct)).ToList();
        var (done, inFlight) = await CutConnectionsAsync(run, disconnects, interval * lines / Math.Max(1, disconnects) / 2, seed, ct);
        await Task.WhenAll(callTasks);
        clock.Stop();

        var readBack = await CallReadBack.CompareAsync(urls[0], run, ct);
        return new ReconnectFigures(cluster.Description, calls, lines, disconnects, done, inFlight,
            run.Sum(c => c.Reconnects), run.Sum(c => c.Resends), readBack,
            run.Sum(c => c.Labeled.Count(l => l.Value > 1)), run.Sum(c => c.Suggestions.Count(s => s.Value > 1)),
            cluster.Instances.Count(i => i.HasExited), clock.Elapsed);
    }

    /// <summary>Cuts running calls' connections, preferring calls with a line on its way, until <paramref name="target"/> are cut or all calls ended.</summary>
    private static async Task<(int Done, int InFlight)> CutConnectionsAsync(IReadOnlyList<ReconnectingCall> calls, int target, TimeSpan pace,
        int seed, CancellationToken ct)
    {
        var random = new Random(seed);
        int done = 0, inFlight = 0;
        while (done < target && calls.Any(c => !c.Finished))
        {
            var running = calls.Where(c => !c.Finished).ToArray();
            var sending = running.Where(c => c.InFlight).ToArray();
            var pick = sending.Length > 0 && random.NextDouble() < 0.8 ? sending[random.Next(sending.Length)] : running[random.Next(running.Length)];
            var wasSending = pick.InFlight;
            if (pick.Abort())
            {
                done++;
                inFlight += wasSending ? 1 : 0;
            }

            await Task.Delay(pace > TimeSpan.FromMilliseconds(1) ? pace : TimeSpan.FromMilliseconds(1), ct);
        }

        return (done, inFlight);
    }
}
