using System.Text.Json;
using Coach.Analysis.Classification;
using Coach.Analysis.Text;

namespace Coach.Analysis.Corpus;

/// <summary>Reads and validates labeled JSON Lines files (labels.md, "Files").</summary>
public static class CorpusReader
{
    public static IReadOnlyList<LabeledUtterance> ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Labeled file '{path}' does not exist.", path);
        }

        var items = new List<LabeledUtterance>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            items.Add(Parse(line, path, lineNumber));
        }

        return items;
    }

    /// <summary>Every *.jsonl file of a folder, in name order.</summary>
    public static IReadOnlyList<LabeledUtterance> ReadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(ReadFile)];

    public static LabeledUtterance Parse(string line, string file, int lineNumber)
    {
        LabeledUtterance? item;
        try
        {
            item = JsonSerializer.Deserialize<LabeledUtterance>(line);
        }
        catch (JsonException ex)
        {
            throw new CorpusFormatException(file, lineNumber, $"not a valid labeled utterance: {ex.Message}");
        }

        if (item is null)
        {
            throw new CorpusFormatException(file, lineNumber, "empty JSON value");
        }

        if (string.IsNullOrWhiteSpace(item.Text))
        {
            throw new CorpusFormatException(file, lineNumber, "text is empty");
        }

        if (!Language.IsSupported(item.Lang))
        {
            throw new CorpusFormatException(file, lineNumber, $"lang '{item.Lang}' is not zh or en");
        }

        if (!SpeakerNames.TryParse(item.Speaker, out var speaker))
        {
            throw new CorpusFormatException(file, lineNumber, $"speaker '{item.Speaker}' is not customer or rep");
        }

        foreach (var task in ClassifierTask.All)
        {
            var label = item.LabelOf(task);
            if (task.Speaker != speaker)
            {
                if (label is not null)
                {
                    throw new CorpusFormatException(file, lineNumber,
                        $"a {item.Speaker} line must not carry '{task.Name}'");
                }

                continue;
            }

            if (!task.IsLabel(label))
            {
                throw new CorpusFormatException(file, lineNumber, label is null
                    ? $"missing label '{task.Name}'"
                    : $"'{label}' is not a {task.Name} label (expected one of {string.Join(", ", task.Labels)})");
            }
        }

        return item;
    }
}
