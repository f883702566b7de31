using Coach.Resilience.Processes;

namespace Coach.Resilience.Fuzz;

/// <summary>
/// <c>fuzz [--inputs 10000] [--seed 1] [--url URL]</c>: seeded malformed inputs across every REST endpoint and hub
/// method; the bar is 0 crashes, 0 5xx, 0 unexpected hub errors, the service answering afterwards with a clean log.
/// Without <c>--url</c> it starts the service itself (SQLite in a temp folder, one API key per role).
/// </summary>
public sealed class FuzzScenario : IScenario
{
    public string Name => "fuzz";

    public string Help => "--inputs 10000 --seed 1 [--url URL: a running service with the keys of FuzzKeys; else one is started]";

    public async Task<bool> RunAsync(RunnerArgs args, CancellationToken ct)
    {
        var inputs = args.Int("inputs", 10_000);
        var seed = args.Int("seed", 1);
        var figures = args.String("url") is { } url
            ? await new FuzzRunner(url.TrimEnd('/')).RunAsync(inputs, seed, ct)
            : await RunOnOwnServiceAsync(inputs, seed, ct);
        Console.WriteLine($"fuzz --inputs {inputs} --seed {seed}");
        Console.WriteLine(figures);
        return figures.MetBar;
    }

    /// <summary>Starts the service, fuzzes it, stops it: what the CI test runs at a smaller scale.</summary>
    public static async Task<FuzzFigures> RunOnOwnServiceAsync(int inputs, int seed, CancellationToken ct)
    {
        var folder = ServiceProcess.NewFolder();
        using var service = ServiceProcess.Start(folder, ServiceProcess.FreePort(), FuzzKeys.Environment());
        await service.WaitForHealthAsync(TimeSpan.FromSeconds(120));
        var figures = await new FuzzRunner(service.Url, service).RunAsync(inputs, seed, ct);
        figures.ServiceLog = Path.Combine(folder, "service.log");
        await File.WriteAllTextAsync(figures.ServiceLog, service.Output, CancellationToken.None);
        return figures;
    }
}
