namespace Coach.Analysis.Calls;

/// <summary>Where a call came from.</summary>
public static class CallSources
{
    /// <summary>Line by line through the hub while it happened.</summary>
    public const string Live = "live";

    /// <summary>A finished call's transcript, uploaded.</summary>
    public const string Import = "import";
}
