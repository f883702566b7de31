using Coach.Analysis.Playbook;

namespace Coach.Api.Apis;

/// <summary>A snippet as admins send it in JSON (Markdown with front matter is accepted too).</summary>
public sealed record SnippetRequest(
    string? Id,
    string? Title,
    string? Lang,
    IReadOnlyList<string>? Situations,
    IReadOnlyList<string>? Keywords,
    string? Stage,
    string? Role,
    string? Text)
{
    public PlaybookSnippet ToSnippet() => new(
        (Id ?? "").Trim(), (Title ?? "").Trim(), (Lang ?? "").Trim(),
        [.. (Situations ?? []).Select(s => s?.Trim() ?? "")],
        [.. (Keywords ?? []).Select(k => k?.Trim() ?? "").Where(k => k.Length > 0)],
        string.IsNullOrWhiteSpace(Stage) ? null : Stage.Trim(),
        string.IsNullOrWhiteSpace(Role) ? null : Role.Trim(),
        (Text ?? "").Trim());
}
