namespace Coach.Api.Cli;

/// <summary>What a load run measured: latencies in milliseconds (sorted), lines sent, calls run and errors by kind.</summary>
public sealed record LoadFigures(double[] RoundTrips, double[] FirstSuggestions, int LinesSent, int CallsRun, IReadOnlyDictionary<string, int> Errors)
{
    public int ErrorCount => Errors.Values.Sum();

    /// <summary>The round trips of the customer's lines alone (the lines that get advice), sorted.</summary>
    public double[] CustomerRoundTrips { get; init; } = [];

    /// <summary>The <paramref name="q"/> quantile (nearest rank) of sorted samples; NaN without samples.</summary>
    public static double Percentile(double[] sorted, double q) =>
        sorted.Length == 0 ? double.NaN : sorted[(int)Math.Clamp(Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

    public void Print(TextWriter output)
    {
        Print(output, "SendUtterance round trip", RoundTrips);
        Print(output, "  of customer lines", CustomerRoundTrips);
        Print(output, "time to first Suggestion", FirstSuggestions);
        output.WriteLine($"lines sent {LinesSent}, calls {CallsRun}, errors {ErrorCount}" +
            (Errors.Count == 0 ? "" : " (" + string.Join("; ", Errors.Select(e => $"{e.Key}: {e.Value}")) + ")"));
    }

    private static void Print(TextWriter output, string what, double[] sorted) => output.WriteLine(sorted.Length == 0
        ? $"{what}: no samples"
        : $"{what}: n={sorted.Length} p50 {Percentile(sorted, 0.50):0.0} ms  p95 {Percentile(sorted, 0.95):0.0} ms  p99 {Percentile(sorted, 0.99):0.0} ms  max {sorted[^1]:0.0} ms");
}
