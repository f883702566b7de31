using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Coach.Analysis.Playbook;

/// <summary>Reads and writes a snippet as Markdown with YAML front matter.</summary>
public static class SnippetMarkdown
{
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .Build();

    /// <summary>Parses and validates; throws <see cref="SnippetValidationException"/> saying what is wrong.</summary>
    public static PlaybookSnippet Parse(string markdown, string source)
    {
        var text = markdown.TrimStart('\uFEFF').ReplaceLineEndings("\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            throw Invalid(source, "front_matter", "the file must start with a '---' line opening the YAML front matter.");
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            throw Invalid(source, "front_matter", "the front matter is not closed by a '---' line.");
        }

        FrontMatter? front;
        try
        {
            front = Reader.Deserialize<FrontMatter>(text[4..(end + 1)]);
        }
        catch (YamlException ex)
        {
            throw Invalid(source, "front_matter", $"the front matter is not valid YAML (line {ex.Start.Line}): {ex.InnerException?.Message ?? ex.Message}");
        }

        if (front is null)
        {
            throw Invalid(source, "front_matter", "the front matter is empty.");
        }

        var bodyStart = text.IndexOf('\n', end + 1);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..].Trim();
        var snippet = new PlaybookSnippet(
            (front.Id ?? "").Trim(),
            (front.Title ?? "").Trim(),
            (front.Lang ?? "").Trim(),
            [.. (front.Situations ?? []).Select(s => s.Trim())],
            [.. (front.Keywords ?? []).Select(s => s.Trim()).Where(s => s.Length > 0)],
            string.IsNullOrWhiteSpace(front.Stage) ? null : front.Stage.Trim(),
            string.IsNullOrWhiteSpace(front.Role) ? null : front.Role.Trim(),
            body);
        var errors = SnippetRules.Check(snippet);
        if (errors.Count > 0)
        {
            throw new SnippetValidationException(source, errors);
        }

        return snippet;
    }

    public static string Write(PlaybookSnippet s)
    {
        var front = new FrontMatter
        {
            Id = s.Id, Title = s.Title, Lang = s.Lang, Situations = [.. s.Situations],
            Keywords = s.Keywords.Count == 0 ? null : [.. s.Keywords], Stage = s.Stage, Role = s.Role,
        };
        return "---\n" + Writer.Serialize(front) + "---\n" + s.Text.Trim() + "\n";
    }

    private static SnippetValidationException Invalid(string source, string field, string message) =>
        new(source, new Dictionary<string, string[]> { [field] = [message] });

    private sealed class FrontMatter
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? Lang { get; set; }
        public List<string>? Situations { get; set; }
        public List<string>? Keywords { get; set; }
        public string? Stage { get; set; }
        public string? Role { get; set; }
    }
}
