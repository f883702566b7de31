namespace Coach.Analysis.Playbook;

/// <summary>Reads every snippet file of a folder; a bad file stops loading with its name and problem.</summary>
public static class PlaybookLoader
{
    public static IReadOnlyList<PlaybookSnippet> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Playbook folder '{Path.GetFullPath(folder)}' does not exist.");
        }

        var snippets = new List<PlaybookSnippet>();
        var seen = new Dictionary<string, string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(file).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var snippet = SnippetMarkdown.Parse(File.ReadAllText(file), file);
            if (seen.TryGetValue(snippet.Id, out var other))
            {
                throw new SnippetValidationException(file, new Dictionary<string, string[]>
                {
                    ["id"] = [$"id '{snippet.Id}' is also used by {other}."],
                });
            }

            seen[snippet.Id] = file;
            snippets.Add(snippet);
        }

        return snippets;
    }
}
