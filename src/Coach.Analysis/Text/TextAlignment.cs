using System.Globalization;
using System.Text;

namespace Coach.Analysis.Text;

/// <summary>
/// A line and its normalised form (<see cref="UtteranceFeaturizer.Normalize"/>: NFKC, curly apostrophe,
/// lower case, trimmed) with, for every normalised character, the range of the original it came from.
/// NFKC changes lengths ("㎏" is "kg", "e" plus a combining accent is "é"), so the map is built one text
/// element (grapheme cluster) at a time; offsets are UTF-16 indices, as JavaScript counts them.
/// </summary>
public sealed class TextAlignment
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    private TextAlignment(string original, string normalized, int[] starts, int[] ends)
    {
        Original = original;
        Normalized = normalized;
        _starts = starts;
        _ends = ends;
    }

    public string Original { get; }

    public string Normalized { get; }

    public static TextAlignment Build(string original)
    {
        var normalized = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        var elements = StringInfo.GetTextElementEnumerator(original);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var start = elements.ElementIndex;
            var piece = Normalize(element);
            normalized.Append(piece);
            for (var k = 0; k < piece.Length; k++)
            {
                starts.Add(start);
                ends.Add(start + element.Length);
            }
        }

        // Trim as string.Trim does (char.IsWhiteSpace), dropping the map entries with the characters.
        var text = normalized.ToString();
        var lead = 0;
        while (lead < text.Length && char.IsWhiteSpace(text[lead]))
        {
            lead++;
        }

        var end = text.Length;
        while (end > lead && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new TextAlignment(original, text[lead..end], [.. starts.Skip(lead).Take(end - lead)],
            [.. ends.Skip(lead).Take(end - lead)]);
    }

    /// <summary>The original range that normalised characters [start, start + length) came from.</summary>
    public (int Start, int Length) ToOriginal(int start, int length)
    {
        if (length <= 0 || start < 0 || start + length > Normalized.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"[{start}, {start + length}) is not inside the normalised text.");
        }

        var from = _starts[start];
        return (from, _ends[start + length - 1] - from);
    }

    private static string Normalize(string element) =>
        element.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').ToLowerInvariant();
}
