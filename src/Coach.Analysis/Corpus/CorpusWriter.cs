using System.Text.Encodings.Web;
using System.Text.Json;

namespace Coach.Analysis.Corpus;

/// <summary>Writes labeled JSON Lines files, Chinese as characters rather than \u escapes.</summary>
public static class CorpusWriter
{
    public static readonly JsonSerializerOptions LineOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToLine(LabeledUtterance item) => JsonSerializer.Serialize(item, LineOptions);

    /// <summary>Writes to a temporary file first, then moves it in place, so a crash leaves the old file whole.</summary>
    public static void WriteFile(string path, IEnumerable<LabeledUtterance> items)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = full + ".tmp";
        using (var writer = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false)))
        {
            foreach (var item in items)
            {
                writer.WriteLine(ToLine(item));
            }
        }

        File.Move(temp, full, overwrite: true);
    }
}
