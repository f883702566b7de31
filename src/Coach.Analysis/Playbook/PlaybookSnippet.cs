namespace Coach.Analysis.Playbook;

/// <summary>One playbook snippet: short advice for a situation, with a line the rep can say.</summary>
public sealed record PlaybookSnippet(
    string Id,
    string Title,
    string Lang,
    IReadOnlyList<string> Situations,
    IReadOnlyList<string> Keywords,
    string? Stage,
    string? Role,
    string Text)
{
    /// <summary>A hash of everything searchable, so an index can skip snippets that did not change.</summary>
    public string ContentHash { get; } = Hash(Id, Title, Lang, string.Join(',', Situations), string.Join(',', Keywords),
        Stage ?? "", Role ?? "", Text);

    private static string Hash(params string[] parts)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(string.Join('\u001f', parts));
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16];
    }
}
