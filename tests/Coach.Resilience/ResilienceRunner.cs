namespace Coach.Resilience;

/// <summary>
/// <c>dotnet run -c Release --project tests/Coach.Resilience -- SCENARIO [--option value]...</c>: runs one resilience
/// scenario against real processes and prints its figures. Exit code 0 when the scenario met its bar, 1 when not,
/// 2 on bad usage.
/// </summary>
public static class ResilienceRunner
{
    public static Task<int> Main(string[] args) => RunAsync(args);

    public static IReadOnlyList<IScenario> Scenarios { get; } = [.. typeof(ResilienceRunner).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IScenario).IsAssignableFrom(t))
        .Select(t => (IScenario)Activator.CreateInstance(t)!)
        .OrderBy(s => s.Name, StringComparer.Ordinal)];

    public static async Task<int> RunAsync(string[] args)
    {
        var scenario = args.Length == 0 ? null : Scenarios.FirstOrDefault(s => s.Name.Equals(args[0], StringComparison.OrdinalIgnoreCase));
        if (scenario is null)
        {
            Console.Error.WriteLine("usage: Coach.Resilience SCENARIO [--option value]...");
            foreach (var s in Scenarios)
            {
                Console.Error.WriteLine($"  {s.Name,-12} {s.Help}");
            }

            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        try
        {
            return await scenario.RunAsync(new RunnerArgs(args[1..]), cancel.Token) ? 0 : 1;
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }
}
