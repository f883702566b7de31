namespace Coach.Analysis.Text;

/// <summary>The languages of the product: Chinese and English.</summary>
public static class Language
{
    public const string Chinese = "zh";
    public const string English = "en";

    public static bool IsSupported(string? lang) => lang is Chinese or English;

    /// <summary>
    /// Detects zh or en from the text: Chinese as soon as CJK ideographs make up a real part of the
    /// letters (code-mixed lines such as "我们想先做个 demo" are Chinese). A library such as a
    /// fastText language identifier would need a model download; two languages need only this count.
    /// </summary>
    public static string Detect(string text)
    {
        int cjk = 0, latin = 0;
        foreach (var ch in text)
        {
            if (IsCjk(ch))
            {
                cjk++;
            }
            else if (char.IsAsciiLetter(ch))
            {
                latin++;
            }
        }

        // A CJK character carries about as much as a short English word, so weigh it up.
        return cjk * 4 >= latin && cjk > 0 ? Chinese : English;
    }

    public static bool IsCjk(char ch) =>
        ch is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
}
