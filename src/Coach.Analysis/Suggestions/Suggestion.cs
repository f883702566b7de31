namespace Coach.Analysis.Suggestions;

/// <summary>A playbook snippet a suggestion used.</summary>
public sealed record SnippetRef(string Id, string Title);

/// <summary>
/// Advice for the rep, prompted by the line <see cref="Seq"/>, with the playbook snippets it used.
/// <see cref="Rewrite"/> is the same advice fitted to the conversation by a language model, when one is configured.
/// </summary>
public sealed record Suggestion(
    string Id,
    int Seq,
    string Kind,
    string Title,
    string Text,
    IReadOnlyList<string> Situations,
    IReadOnlyList<SnippetRef> Playbook,
    string? Rewrite = null,
    string Priority = SuggestionKinds.Normal);
