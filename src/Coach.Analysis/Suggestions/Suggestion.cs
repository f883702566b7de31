namespace Coach.Analysis.Suggestions;

/// <summary>A playbook snippet a suggestion used.</summary>
public sealed record SnippetRef(string Id, string Title);

/// <summary>Advice for the rep, prompted by the line <see cref="Seq"/>, with the playbook snippets it used.</summary>
public sealed record Suggestion(
    string Id,
    int Seq,
    string Kind,
    string Title,
    string Text,
    IReadOnlyList<string> Situations,
    IReadOnlyList<SnippetRef> Playbook);
