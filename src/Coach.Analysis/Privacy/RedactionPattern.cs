namespace Coach.Analysis.Privacy;

/// <summary>
/// A configured pattern to mask, such as a customer number: <see cref="Name"/> is the kind it reports,
/// <see cref="Pattern"/> a .NET regular expression, and <see cref="Mask"/> the text put in its place
/// (<c>[Name]</c> when not set).
/// </summary>
public sealed class RedactionPattern
{
    /// <summary>The kind reported for a match, such as <c>customer-number</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>A .NET regular expression, matched against the line with full-width characters folded to ASCII.</summary>
    public string Pattern { get; set; } = "";

    /// <summary>The text put in place of a match; <c>[Name]</c> when not set.</summary>
    public string? Mask { get; set; }
}
