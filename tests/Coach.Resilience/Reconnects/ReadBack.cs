namespace Coach.Resilience.Reconnects;

/// <summary>Finished calls as read back over REST against what their clients sent and were acknowledged.</summary>
public sealed record ReadBack(int Sent, int Acked, int Stored, int Lost, int StoredTwice, int ScorecardsDiffering,
    IReadOnlyDictionary<string, int> ClientErrors)
{
    /// <summary>Every line acknowledged and stored once, and each call's state as a clean run of the same lines.</summary>
    public bool Whole => Acked == Sent && Lost == 0 && StoredTwice == 0 && ScorecardsDiffering == 0;

    public void Print(TextWriter output)
    {
        output.WriteLine($"  lines acknowledged             {Acked} of {Sent}");
        output.WriteLine($"  lines stored                   {Stored}");
        output.WriteLine($"  lines lost                     {Lost}");
        output.WriteLine($"  lines stored twice             {StoredTwice}");
        output.WriteLine($"  scorecards unlike a clean run  {ScorecardsDiffering}");
        output.WriteLine($"  client errors                  {(ClientErrors.Count == 0 ? "none" : string.Join("; ", ClientErrors.Select(e => $"{e.Value} x {e.Key}")))}");
    }
}
