namespace Coach.Resilience;

/// <summary>One resilience scenario of the runner: found by reflection, so each lives in a file of its own.</summary>
public interface IScenario
{
    /// <summary>The name on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the usage text, with the options and their defaults.</summary>
    string Help { get; }

    /// <summary>Runs the scenario, prints its figures to standard output, and says whether it met its bar.</summary>
    Task<bool> RunAsync(RunnerArgs args, CancellationToken ct);
}
