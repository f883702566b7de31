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
    int LinesAcked,
    int LinesStored,
    int LinesLost,
    int LinesStoredTwice,
    int LabelMessagesTwice,
    int SuggestionMessagesTwice,
    int ScorecardsDiffering,
    IReadOnlyDictionary<string, int> ClientErrors,
    int InstancesExited,
    TimeSpan Elapsed)
{
    public bool MetBar => Disconnects >= DisconnectsAsked && LinesLost == 0 && LinesStoredTwice == 0 && LabelMessagesTwice == 0
        && SuggestionMessagesTwice == 0 && ScorecardsDiffering == 0 && InstancesExited == 0 && LinesAcked == Calls * LinesPerCall;

    public void Print(TextWriter output)
    {
        output.WriteLine($"reconnects: {Setup}");
        output.WriteLine($"  calls                          {Calls} x {LinesPerCall} lines");
        output.WriteLine($"  forced disconnects             {Disconnects} (asked {DisconnectsAsked}), {DisconnectsWithLineInFlight} with a line on its way");
        output.WriteLine($"  reconnects (StartCall resume)  {Reconnects}");
        output.WriteLine($"  lines resent without an ack    {Resends}");
        output.WriteLine($"  lines acknowledged             {LinesAcked} of {Calls * LinesPerCall}");
        output.WriteLine($"  lines stored                   {LinesStored}");
        output.WriteLine($"  lines lost                     {LinesLost}");
        output.WriteLine($"  lines stored twice             {LinesStoredTwice}");
        output.WriteLine($"  UtteranceLabeled sent twice    {LabelMessagesTwice}");
        output.WriteLine($"  Suggestion sent twice          {SuggestionMessagesTwice}");
        output.WriteLine($"  scorecards unlike a clean run  {ScorecardsDiffering}");
        output.WriteLine($"  service instances that exited  {InstancesExited}");
        output.WriteLine($"  client errors                  {(ClientErrors.Count == 0 ? "none" : string.Join("; ", ClientErrors.Select(e => $"{e.Value} x {e.Key}")))}");
        output.WriteLine($"  elapsed                        {Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"  bar (0 lost, 0 doubled, state as without drops): {(MetBar ? "met" : "NOT met")}");
    }
}
