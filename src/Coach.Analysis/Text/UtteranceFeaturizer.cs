using System.Text;

namespace Coach.Analysis.Text;

/// <summary>
/// Turns a raw line into the three text columns the classifiers read:
/// the normalised text (for character n-grams), a token string (English words and single Chinese
/// characters, for word n-grams: ML.NET's word tokenizer splits on spaces only, so Chinese would
/// otherwise be one giant "word"), and the cue tokens of <see cref="CueLexicon"/>.
/// </summary>
public sealed class UtteranceFeaturizer
{
    // Apostrophes are dropped from words ("don't" is "dont"), so these are spelled without them.
    private static readonly HashSet<string> EnglishQuestionStarts =
    [
        "what", "whats", "how", "hows", "why", "when", "where", "who", "whos", "which", "whose",
        "do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will", "should", "have", "has",
        "shall", "may", "any", "isnt", "arent", "dont", "doesnt", "wouldnt", "wont", "couldnt",
    ];

    private static readonly string[] ChineseQuestionWords =
    [
        "什么", "怎么", "多少", "几", "哪", "如何", "是否", "能不能", "可不可以", "是不是", "有没有", "会不会",
        "要不要", "行不行", "为啥", "为什么", "咋", "啥", "多久", "多大", "好不好", "对不对", "可以吗",
    ];

    private readonly CueMatcher _cues = new(CueLexicon.Cues);

    public static UtteranceFeaturizer Shared { get; } = new();

    public FeaturizedText Featurize(string text)
    {
        var normalized = Normalize(text);
        var words = new List<string>(32);
        var tokens = new StringBuilder(normalized.Length * 2);
        Tokenize(normalized, words, tokens);

        Span<bool> found = stackalloc bool[_cues.CueNames.Count];
        _cues.Match(normalized, words, found);

        var cues = new StringBuilder(64);
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i])
            {
                cues.Append(_cues.CueNames[i]).Append(' ');
            }
        }

        AppendQuestionCues(normalized, words, cues);
        var tokenCount = words.Count + CountCjk(normalized);
        cues.Append(tokenCount <= 4 ? "cue_len_short" : tokenCount >= 30 ? "cue_len_long" : "cue_len_mid");

        return new FeaturizedText(normalized, tokens.ToString(), cues.ToString());
    }

    /// <summary>NFKC (full-width to half-width, compatibility forms) and lower case.</summary>
    public static string Normalize(string text) =>
        text.Normalize(NormalizationForm.FormKC).Replace('\u2019', '\'').ToLowerInvariant().Trim();

    /// <summary>The English words of normalised text, as the cue matchers read them.</summary>
    internal static List<string> Words(string normalized)
    {
        var words = new List<string>();
        Tokenize(normalized, words, new StringBuilder());
        return words;
    }

    private static void Tokenize(string normalized, List<string> words, StringBuilder tokens)
    {
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var ch = i < normalized.Length ? normalized[i] : ' ';
            var inWord = char.IsAsciiLetterOrDigit(ch) || (start >= 0 && (ch is '\'' or '-') &&
                i + 1 < normalized.Length && char.IsAsciiLetterOrDigit(normalized[i + 1]));
            if (inWord && ch == '\'')
            {
                // "don't" and "dont" (speech-to-text drops apostrophes) become the same word.
                continue;
            }

            if (inWord)
            {
                if (start < 0)
                {
                    start = i;
                }

                continue;
            }

            if (start >= 0)
            {
                var word = normalized[start..i].Replace("'", "", StringComparison.Ordinal);
                words.Add(word);
                tokens.Append(char.IsAsciiDigit(word[0]) ? "0" : word).Append(' ');
                start = -1;
            }

            if (Language.IsCjk(ch))
            {
                tokens.Append(ch).Append(' ');
            }
        }
    }

    private static void AppendQuestionCues(string normalized, List<string> words, StringBuilder cues)
    {
        var end = normalized.TrimEnd(' ', '.', '。', '!', '…', '~');
        if (end.EndsWith('?'))
        {
            cues.Append("cue_qmark ");
        }

        if (end.Length > 0 && (end[^1] is '吗' or '呢' or '嘛' || end.EndsWith("吗?") || end.EndsWith("呢?")))
        {
            cues.Append("cue_qparticle ");
        }

        foreach (var word in ChineseQuestionWords)
        {
            if (normalized.Contains(word, StringComparison.Ordinal))
            {
                cues.Append("cue_qword ");
                break;
            }
        }

        if (words.Count > 0 && EnglishQuestionStarts.Contains(words[0]) && normalized.Length > 0 &&
            !Language.IsCjk(normalized[0]))
        {
            cues.Append("cue_qstart ");
        }

        // Fillers and hedges come first in speech ("so um what do you..."), so look a few words in too.
        for (var i = 1; i < Math.Min(words.Count, 5); i++)
        {
            if (EnglishQuestionStarts.Contains(words[i]) && words[i] is not ("is" or "are" or "do" or "was" or "have"))
            {
                cues.Append("cue_qnear ");
                break;
            }
        }
    }

    private static int CountCjk(string text)
    {
        var n = 0;
        foreach (var ch in text)
        {
            if (Language.IsCjk(ch))
            {
                n++;
            }
        }

        return n / 2;
    }
}

/// <summary>The three text columns of one line, as the classifiers read them.</summary>
public readonly record struct FeaturizedText(string Text, string Tokens, string Cues);
