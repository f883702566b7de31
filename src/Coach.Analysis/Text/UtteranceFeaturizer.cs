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

    /// <summary>
    /// Where each feature of <paramref name="text"/> comes from: the alignment of the normalised text with
    /// the original, the characters and tokens as the ML.NET featurizers read them, and every cue match.
    /// Slower than <see cref="Featurize"/>; used only for evidence.
    /// </summary>
    internal FeatureTrace Trace(string text)
    {
        var alignment = TextAlignment.Build(text);
        var normalized = alignment.Normalized;
        var words = new List<string>(32);
        var wordSpans = new List<(int Start, int Length)>(32);
        var tokens = new List<TracedToken>(64);
        Tokenize(normalized, words, new StringBuilder(normalized.Length * 2), tokens, wordSpans);

        var cues = new List<TracedCue>();
        var sink = new TraceSink(_cues.CueNames, wordSpans, cues);
        _cues.Match(normalized, words, ref sink);
        AddQuestionCueSpans(normalized, words, wordSpans, cues);

        // ML.NET's text normaliser (punctuation off, diacritics off) drops these characters one by one.
        var chars = new System.Text.StringBuilder(normalized.Length + 2).Append(FeatureTrace.StartMarker);
        var positions = new List<int>(normalized.Length + 2) { -1 };
        for (var i = 0; i < normalized.Length; i++)
        {
            if (!char.IsPunctuation(normalized[i]) && !IsCombiningDiacritic(normalized[i]))
            {
                chars.Append(normalized[i]);
                positions.Add(i);
            }
        }

        chars.Append(FeatureTrace.EndMarker);
        positions.Add(-1);
        return new FeatureTrace(alignment, chars.ToString(), [.. positions], tokens, cues);
    }

    /// <summary>The positions of the question cues of <see cref="AppendQuestionCues"/>; a test keeps the two in step.</summary>
    private static void AddQuestionCueSpans(string normalized, List<string> words, List<(int Start, int Length)> wordSpans,
        List<TracedCue> cues)
    {
        var end = normalized.TrimEnd(' ', '.', '。', '!', '…', '~');
        if (end.EndsWith('?'))
        {
            cues.Add(new TracedCue("cue_qmark", end.Length - 1, 1));
        }

        if (end.Length > 0 && end[^1] is '吗' or '呢' or '嘛')
        {
            cues.Add(new TracedCue("cue_qparticle", end.Length - 1, 1));
        }
        else if (end.EndsWith("吗?") || end.EndsWith("呢?"))
        {
            cues.Add(new TracedCue("cue_qparticle", end.Length - 2, 1));
        }

        foreach (var word in ChineseQuestionWords)
        {
            for (var at = normalized.IndexOf(word, StringComparison.Ordinal); at >= 0;
                 at = normalized.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                cues.Add(new TracedCue("cue_qword", at, word.Length));
            }
        }

        if (words.Count > 0 && EnglishQuestionStarts.Contains(words[0]) && normalized.Length > 0 &&
            !Language.IsCjk(normalized[0]))
        {
            cues.Add(new TracedCue("cue_qstart", wordSpans[0].Start, wordSpans[0].Length));
        }

        for (var i = 1; i < Math.Min(words.Count, 5); i++)
        {
            if (EnglishQuestionStarts.Contains(words[i]) && words[i] is not ("is" or "are" or "do" or "was" or "have"))
            {
                cues.Add(new TracedCue("cue_qnear", wordSpans[i].Start, wordSpans[i].Length));
                break;
            }
        }
    }

    private static string WithoutPunctuation(string token) =>
        token.Any(char.IsPunctuation) ? string.Concat(token.Where(c => !char.IsPunctuation(c))) : token;

    /// <summary>The combining marks ML.NET's text normaliser drops when diacritics are not kept.</summary>
    private static bool IsCombiningDiacritic(char ch) =>
        ch is >= '\u0300' and <= '\u036F' or >= '\u0591' and <= '\u05BD' or '\u05C1' or '\u05C2' or '\u05C4' or '\u05C5'
            or '\u05C7' or >= '\u0610' and <= '\u0615' or >= '\u064C' and <= '\u065E' or '\u0670';

    /// <summary>Collects every cue match with its position; English matches become character ranges of their words.</summary>
    private readonly struct TraceSink(IReadOnlyList<string> names, List<(int Start, int Length)> wordSpans, List<TracedCue> cues)
        : ICueSink
    {
        public bool Wants(int cue) => true;

        public void AddChars(int cue, int start, int length) => cues.Add(new TracedCue(names[cue], start, length));

        public void AddWords(int cue, int firstWord, int count)
        {
            var first = wordSpans[firstWord];
            var last = wordSpans[firstWord + count - 1];
            cues.Add(new TracedCue(names[cue], first.Start, last.Start + last.Length - first.Start));
        }
    }

    private static void Tokenize(string normalized, List<string> words, StringBuilder tokens,
        List<TracedToken>? traced = null, List<(int Start, int Length)>? wordSpans = null)
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
                var token = char.IsAsciiDigit(word[0]) ? "0" : word;
                tokens.Append(token).Append(' ');
                wordSpans?.Add((start, i - start));
                traced?.Add(new TracedToken(WithoutPunctuation(token), start, i - start));
                start = -1;
            }

            if (Language.IsCjk(ch))
            {
                tokens.Append(ch).Append(' ');
                traced?.Add(new TracedToken(ch.ToString(), i, 1));
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
