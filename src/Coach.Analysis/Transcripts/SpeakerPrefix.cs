namespace Coach.Analysis.Transcripts;

/// <summary>
/// The <c>Name: text</c> convention of Zoom captions and plain transcripts (ASCII or full-width
/// colon). The part before the first colon is a name when it is 1–60 characters and does not look
/// like part of a sentence: no <c>! ? ; , …</c> or quotes (nor their Chinese forms), no period that
/// ends a word longer than three letters (so "Dr. Li" is a name, "Thanks. So" is not), and not a clock
/// time ("10:30") or a link ("https://").
/// </summary>
internal static class SpeakerPrefix
{
    public const int MaxNameLength = 60;

    private const string SentencePunctuation = "!?;,…\"“”。！？；，、";

    public static bool TryParse(string line, out string name, out string text)
    {
        name = "";
        text = line;
        var colon = line.IndexOfAny([':', '：']);
        if (colon <= 0)
        {
            return false;
        }

        var prefix = line[..colon].Trim();
        var rest = line[(colon + 1)..];
        if (prefix.Length is 0 or > MaxNameLength
            || prefix.AsSpan().IndexOfAny(SentencePunctuation) >= 0
            || HasSentencePeriod(prefix)
            || (char.IsAsciiDigit(line[colon - 1]) && rest.Length > 0 && char.IsAsciiDigit(rest[0]))
            || rest.StartsWith("//", StringComparison.Ordinal))
        {
            return false;
        }

        name = prefix;
        text = rest.Trim();
        return true;
    }

    private static bool HasSentencePeriod(string prefix)
    {
        for (var i = prefix.IndexOf('.'); i >= 0; i = prefix.IndexOf('.', i + 1))
        {
            var wordStart = prefix.LastIndexOf(' ', i) + 1;
            if (i == prefix.Length - 1 || i - wordStart > 3)
            {
                return true;
            }
        }

        return false;
    }
}
