namespace Coach.Analysis.Playbook;

/// <summary>A lexical query to an index: text, optional filters, how many hits.</summary>
public sealed record PlaybookQuery(string Text, string? Lang, IReadOnlyList<string>? Situations, int Limit);

/// <summary>One hit of an index: the snippet and its lexical score (0 when only the filter matched).</summary>
public sealed record PlaybookIndexHit(PlaybookSnippet Snippet, double Score);
