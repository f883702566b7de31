using System.Text;
using System.Text.Unicode;
using Coach.Analysis.Text;

namespace Coach.Analysis.Transcripts;

/// <summary>Bytes to lines, and the small text rules every transcript format shares.</summary>
internal static class TranscriptText
{
    /// <summary>Longest piece of a customer's text that an error message quotes.</summary>
    public const int QuoteLength = 40;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static ReadOnlyMemory<byte> WithoutBom(ReadOnlyMemory<byte> utf8) =>
        utf8.Span.StartsWith(Utf8Bom) ? utf8[Utf8Bom.Length..] : utf8;

    /// <summary>Throws, naming the line, unless the bytes are valid UTF-8.</summary>
    public static void EnsureUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return;
        }

        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            throw new TranscriptFormatException(1, "the file is UTF-16 text; save it as UTF-8 and upload it again.");
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }

        throw new TranscriptFormatException(LineAt(bytes, offset),
            $"the file is not UTF-8 text (byte 0x{bytes[offset]:X2} at offset {offset} is not valid UTF-8); save it as UTF-8 and upload it again.");
    }

    /// <summary>The 1-based line of a byte offset; CRLF, LF and CR each end a line.</summary>
    public static int LineAt(ReadOnlySpan<byte> bytes, long offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    /// <summary>The lines of a text; CRLF, LF and CR each end a line. Line n of the file is index n - 1.</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '\r' or '\n')
            {
                lines.Add(text[start..i]);
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>Trimmed, with every run of white space (no-break spaces too) made one space.</summary>
    public static string Squeeze(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(ch);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Joins wrapped lines of one utterance: with a space, or with nothing where both sides are
    /// Chinese (ideographs or CJK punctuation), as Chinese has no spaces between words.
    /// </summary>
    public static void AppendWrapped(StringBuilder text, string next)
    {
        if (next.Length == 0)
        {
            return;
        }

        if (text.Length > 0 && !(IsCjkText(text[^1]) && IsCjkText(next[0])))
        {
            text.Append(' ');
        }

        text.Append(next);
    }

    public static bool IsCjkText(char ch) =>
        Language.IsCjk(ch) || ch is >= '\u3000' and <= '\u303F' || ch is >= '\uFF00' and <= '\uFFEF';

    /// <summary>A piece of the uploader's text shortened for an error message.</summary>
    public static string Clip(string value) =>
        value.Length <= QuoteLength ? value : value[..QuoteLength] + "…";
}
