namespace Coach.Resilience.Fuzz;

/// <summary>What exists in the service before the bad input starts, so some inputs reach past the "unknown id" checks.</summary>
public sealed record FuzzWorld(IReadOnlyList<string> CallIds, IReadOnlyList<string> SnippetIds, IReadOnlyList<string> UserNames)
{
    /// <summary>Lines each seeded call has (seq 1 to this).</summary>
    public const int LinesPerCall = 4;
}
