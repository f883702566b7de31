namespace Coach.Analysis.Calls;

/// <summary>A buying signal and whether the rep acted on it (attempted a close) within the next few rep lines.</summary>
public sealed record BuyingSignal(int Seq, string Kind)
{
    public bool ActedOn { get; internal set; }

    /// <summary>The rep let <see cref="CallState.SignalWindow"/> lines pass without a closing attempt.</summary>
    public bool Missed { get; internal set; }

    internal int RepLinesSince { get; set; }
}
