using Coach.Resilience.Reconnects;

namespace Coach.Resilience.Crash;

/// <summary>What a crash run measured, and whether it met the bar (every acknowledged line there after each restart, none twice).</summary>
public sealed record CrashFigures(
    string Setup,
    int Calls,
    int LinesPerCall,
    IReadOnlyList<(int AckedBefore, int LinesOnTheirWay, TimeSpan BackIn)> Kills,
    ReadBack ReadBack,
    TimeSpan Elapsed)
{
    public bool MetBar => Kills.Count > 0 && ReadBack.Whole;

    public void Print(TextWriter output)
    {
        output.WriteLine($"crash: {Setup}");
        output.WriteLine($"  calls                          {Calls} x {LinesPerCall} lines");
        for (var i = 0; i < Kills.Count; i++)
        {
            var (ackedBefore, onTheirWay, backIn) = Kills[i];
            output.WriteLine($"  SIGKILL {i + 1,-3}                    after {ackedBefore} acked lines, {onTheirWay} lines on their way; healthy again in {backIn.TotalSeconds:0.0} s");
        }

        ReadBack.Print(output);
        output.WriteLine($"  elapsed                        {Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"  bar (every acked line there after each restart, none twice): {(MetBar ? "met" : "NOT met")}");
    }
}
