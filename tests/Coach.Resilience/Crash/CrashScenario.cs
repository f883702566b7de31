using System.Diagnostics;
using Coach.Resilience.Processes;
using Coach.Resilience.Reconnects;

namespace Coach.Resilience.Crash;

/// <summary>
/// The service killed with SIGKILL while calls are sending lines, and started again, several times: the clients
/// reconnect when it is back, resume their calls and resend what has no ack. Afterwards every call is read back
/// and compared with what was sent and with a clean import of the same lines.
/// </summary>
public sealed class CrashScenario : IScenario
{
    public string Name => "crash";

    public string Help => "--kills 5 --calls 50 --lines 300 --interval-ms 40 --instances 1 --seed 1";

    public async Task<bool> RunAsync(RunnerArgs args, CancellationToken ct)
    {
        var figures = await MeasureAsync(args.Int("instances", 1), args.Int("calls", 50), args.Int("lines", 300), args.Int("kills", 5),
            TimeSpan.FromMilliseconds(args.Int("interval-ms", 40)), args.Int("seed", 1), ct);
        figures.Print(Console.Out);
        return figures.MetBar;
    }

    public static async Task<CrashFigures> MeasureAsync(int instances, int calls, int lines, int kills, TimeSpan interval, int seed,
        CancellationToken ct)
    {
        await using var cluster = await ServiceCluster.StartAsync(instances);
        var run = Enumerable.Range(0, calls).Select(i =>
        {
            var (lang, script) = CallScripts.For(i, lines);
            return new ReconnectingCall($"crash-{seed}-{i}", lang, script, cluster.Urls, i, ServiceCluster.Key);
        }).ToList();

        var clock = Stopwatch.StartNew();
        var callTasks = run.Select(c => c.RunAsync(interval, ct)).ToList();
        var random = new Random(seed);
        var done = new List<(int, int, TimeSpan)>();
        for (var k = 0; k < kills && run.Any(c => !c.Finished); k++)
        {
            // Killed mid-stream: once the calls are flowing again (a few lines each since the last start), at a random moment.
            var flowing = run.Sum(c => c.AckedCount) + calls * 3;
            while (run.Sum(c => c.AckedCount) < flowing && run.Any(c => !c.Finished))
            {
                await Task.Delay(20, ct);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(200, 2000)), ct);
            var ackedBefore = run.Sum(c => c.AckedCount);
            var onTheirWay = run.Count(c => c.InFlight);
            done.Add((ackedBefore, onTheirWay, await cluster.KillAndRestartAsync(k % instances)));
        }

        await Task.WhenAll(callTasks);
        clock.Stop();
        var readBack = await CallReadBack.CompareAsync(cluster.Urls[0], run, ct);
        return new CrashFigures(cluster.Description, calls, lines, done, readBack, clock.Elapsed);
    }
}
