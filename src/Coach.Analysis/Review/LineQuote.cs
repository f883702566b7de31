using Coach.Analysis.Transcripts;

namespace Coach.Analysis.Review;

/// <summary>Short quotes of call lines for review text: whitespace folded, end punctuation dropped, long lines clipped with "…".</summary>
public static class LineQuote
{
    /// <summary>The most characters of a line a review quotes, the ellipsis included.</summary>
    public const int MaxChars = 60;

    /// <summary>
    /// <paramref name="text"/> on one line without its closing full stop; when longer than <paramref name="max"/>,
    /// cut (at a word break for spaced languages when one is near) and ended with "…".
    /// </summary>
    public static string Clip(string text, int max = MaxChars)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        var folded = TranscriptText.Squeeze(text).TrimEnd('。', '.', '，', ',', '；', ';', '、', ' ');
        if (folded.Length <= max)
        {
            return folded;
        }

        var cut = max - 1;
        if (char.IsLowSurrogate(folded[cut]))
        {
            cut--;
        }

        var space = folded.LastIndexOf(' ', cut);
        if (space >= cut * 2 / 3)
        {
            cut = space;
        }

        return folded[..cut].TrimEnd('，', ',', '；', ';', '、', ' ', '。', '.') + "…";
    }
}
