namespace Coach.Analysis.Privacy;

/// <summary>
/// A line after masking: the masked <paramref name="Text"/> and what was masked, with positions in the
/// original text. When nothing was masked, <see cref="Text"/> is the very string passed in.
/// </summary>
public readonly record struct RedactionResult(string Text, IReadOnlyList<Redaction> Redactions)
{
    /// <summary>Whether anything was masked.</summary>
    public bool Changed => Redactions is { Count: > 0 };
}
