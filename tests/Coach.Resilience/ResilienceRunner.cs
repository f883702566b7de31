namespace Coach.Resilience;

/// <summary>
/// <c>dotnet run -c Release --project tests/Coach.Resilience -- SCENARIO [options]</c>: runs one resilience scenario
/// against real processes and prints its figures. Exit code 0 when the scenario met its bar, 1 when not, 2 on bad usage.
/// </summary>
public static class ResilienceRunner
{
    private static readonly Dictionary<string, (string Help, Func<RunnerArgs, Task<bool>> Run)> Scenarios = new(StringComparer.OrdinalIgnoreCase);

    public static Task<int> Main(string[] args) => RunAsync(args);

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || !Scenarios.TryGetValue(args[0], out var scenario))
        {
            Console.Error.WriteLine("usage: Coach.Resilience SCENARIO [--option value]...");
            foreach (var (name, (help, _)) in Scenarios.OrderBy(s => s.Key))
            {
                Console.Error.WriteLine($"  {name,-12} {help}");
            }

            return 2;
        }

        try
        {
            return await scenario.Run(new RunnerArgs(args[1..])) ? 0 : 1;
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
    }
}
