namespace Coach.Resilience.Dependencies;

/// <summary>The run's figures and the bar: 0 lines lost, 0 doubled, every dependency recovered without a restart.</summary>
public sealed class DependencyOutageReport
{
    public List<OutageFigures> Outages { get; } = [];

    public List<string> Lines { get; } = [];

    public List<string> Failures { get; } = [];

    public IEnumerable<string> AllFailures => Outages.SelectMany(o => o.Failures).Concat(Failures);

    public bool MetTheBar => !AllFailures.Any();

    public void Print(TextWriter output)
    {
        foreach (var outage in Outages)
        {
            outage.Print(output);
        }

        foreach (var line in Lines)
        {
            output.WriteLine(line);
        }

        output.WriteLine(MetTheBar ? "bar met: 0 lost, 0 doubled, recovered without restarting the service" : "bar NOT met:");
        foreach (var failure in AllFailures)
        {
            output.WriteLine("  - " + failure);
        }
    }
}
