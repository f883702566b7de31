namespace Coach.Resilience.Reconnects;

/// <summary>What a reconnect run measured, and whether it met the bar (every line once, state as without drops).</summary>
public sealed record ReconnectFigures(
    string Setup,
    int Calls,
    int LinesPerCall,
    int DisconnectsAsked,
    int Disconnects,
    int DisconnectsWithLineInFlight,
    int Reconnects,
    int Resends,
    ReadBack ReadBack,
    int LabelMessagesTwice,
    int SuggestionMessagesTwice,
    int InstancesExited,
    TimeSpan Elapsed)
{
    public bool MetBar => Disconnects >= DisconnectsAsked && ReadBack.Whole && LabelMessagesTwice == 0 && SuggestionMessagesTwice == 0
        && InstancesExited == 0;

    public void Print(TextWriter output)
    {
        output.WriteLine($"reconnects: {Setup}");
        output.WriteLine($"  calls                          {Calls} x {LinesPerCall} lines");
        output.WriteLine($"  forced disconnects             {Disconnects} (asked {DisconnectsAsked}), {DisconnectsWithLineInFlight} with a line on its way");
        output.WriteLine($"  reconnects (StartCall resume)  {Reconnects}");
        output.WriteLine($"  lines resent without an ack    {Resends}");
        ReadBack.Print(output);
        output.WriteLine($"  UtteranceLabeled sent twice    {LabelMessagesTwice}");
        output.WriteLine($"  Suggestion sent twice          {SuggestionMessagesTwice}");
        output.WriteLine($"  service instances that exited  {InstancesExited}");
        output.WriteLine($"  elapsed                        {Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"  bar (0 lost, 0 doubled, state as without drops): {(MetBar ? "met" : "NOT met")}");
    }
}
