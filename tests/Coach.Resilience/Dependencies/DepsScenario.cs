namespace Coach.Resilience.Dependencies;

/// <summary><c>deps</c>: Redis, PostgreSQL (and Qdrant when given) stopped mid-run under live calls; see <see cref="DependencyOutageRun"/>.</summary>
public sealed class DepsScenario : IScenario
{
    public string Name => "deps";

    public string Help => "[--calls 50] [--outage-seconds 10] [--interval-ms 200] [--qdrant URL]: Redis, PostgreSQL (and Qdrant) stopped and started under live calls on two instances";

    public async Task<bool> RunAsync(RunnerArgs args, CancellationToken ct)
    {
        var settings = new DepsSettings(args.Int("calls", 50), args.Int("outage-seconds", 10), args.Int("interval-ms", 200), args.String("qdrant"));
        var report = await DependencyOutageRun.RunAsync(settings, Console.Out, ct);
        report.Print(Console.Out);
        return report.MetTheBar;
    }
}
