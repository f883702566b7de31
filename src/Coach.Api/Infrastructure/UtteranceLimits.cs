namespace Coach.Api.Infrastructure;

/// <summary>Limits on what clients may send (section <c>Coach:Limits</c>).</summary>
public sealed class UtteranceLimits
{
    public const string Section = "Coach:Limits";

    /// <summary>Longest utterance accepted, in characters. A spoken line is rarely past a few hundred.</summary>
    public int MaxTextLength { get; set; } = 2000;

    /// <summary>Largest JSON body read by the single-utterance endpoints, in bytes.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
