using Coach.Api.Cli;

namespace Coach.Resilience.Load;

/// <summary>A load run's latencies and errors with the instances' memory through it.</summary>
public sealed record LoadRunFigures(string Setup, int Calls, TimeSpan Interval, TimeSpan Duration, TimeSpan? CallLength, LoadFigures Load,
    IReadOnlyList<MemorySample> Memory, int InstancesExited)
{
    /// <summary>Growth of the summed working set over the second half of the steady state (0.1 = 10 %).</summary>
    public double LateGrowth
    {
        get
        {
            if (Memory.Count < 3)
            {
                return 0;
            }

            var middle = Memory.First(m => m.At >= Memory[^1].At / 2).WorkingSetMb.Sum();
            return Memory[^1].WorkingSetMb.Sum() / middle - 1;
        }
    }

    /// <summary>Runs this long or longer are judged on memory too: shorter ones are mostly warm-up and GC heap sizing.</summary>
    public static readonly TimeSpan MemoryRun = TimeSpan.FromMinutes(5);

    /// <summary>No errors, no instance lost, and in a long run memory level over the second half (under 10 % growth).</summary>
    public bool MetBar => Load.ErrorCount == 0 && InstancesExited == 0 && (Duration < MemoryRun || LateGrowth < 0.10);

    public void Print(TextWriter output)
    {
        output.WriteLine($"load: {Setup}; {Calls} concurrent calls, a line every {Interval.TotalSeconds:0.#} s each, {Duration.TotalSeconds:0} s steady"
            + (CallLength is { } length ? $", calls {length.TotalSeconds:0} s long back to back" : ", one call per connection"));
        Load.Print(output);
        output.WriteLine("working set (MB) per instance:");
        foreach (var sample in Memory)
        {
            output.WriteLine($"  {sample.At.TotalSeconds,6:0} s  {string.Join("  ", sample.WorkingSetMb.Select(m => $"{m,7:0}"))}");
        }

        if (Memory.Count > 0)
        {
            output.WriteLine($"working set start {Memory[0].WorkingSetMb.Sum():0} MB, end {Memory[^1].WorkingSetMb.Sum():0} MB (all instances), " +
                $"growth over the second half {LateGrowth:+0.0%;-0.0%}");
        }

        output.WriteLine($"service instances that exited: {InstancesExited}");
        output.WriteLine(Duration < MemoryRun
            ? $"bar (0 errors, no instance lost; memory judged only in runs of {MemoryRun.TotalMinutes:0} min or more): {(MetBar ? "met" : "NOT met")}"
            : $"bar (0 errors, no instance lost, under 10 % memory growth over the second half): {(MetBar ? "met" : "NOT met")}");
    }
}
