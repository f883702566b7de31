namespace Coach.Analysis.Privacy;

/// <summary>
/// One masked span: its <paramref name="Kind"/> (<see cref="RedactionKinds"/> or a configured pattern's name)
/// and where it stood in the original text.
/// </summary>
public readonly record struct Redaction(string Kind, int Start, int Length);
