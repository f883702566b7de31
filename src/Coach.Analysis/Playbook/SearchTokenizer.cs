using Coach.Analysis.Text;

namespace Coach.Analysis.Playbook;

/// <summary>
/// Terms for lexical search in both languages: Chinese as character unigrams and bigrams (no
/// dictionary segmenter such as jieba is on our package mirror, and bigrams match most two-character
/// words), English as lower-case words with stop words dropped and a light suffix stripper (a full
/// Snowball stemmer is not on the mirror either; plural and -ing/-ed forms are what queries vary in).
/// </summary>
public static class SearchTokenizer
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "and", "or", "to", "of", "in", "on", "for", "with", "is", "are", "was", "be", "it", "that",
        "this", "i", "we", "you", "they", "he", "she", "me", "my", "our", "your", "their", "them", "do", "does", "did",
        "at", "by", "as", "so", "if", "what", "how", "when", "who", "can", "could", "would", "should", "just", "about",
        "say", "says", "said", "customer", "client", "prospect", "there", "here", "have", "has", "had", "will", "not",
    ];

    public static List<string> Terms(string text)
    {
        var normalized = UtteranceFeaturizer.Normalize(text);
        var terms = new List<string>();
        var wordStart = -1;
        var previousCjk = '\0';
        for (var i = 0; i <= normalized.Length; i++)
        {
            var ch = i < normalized.Length ? normalized[i] : ' ';
            if (char.IsAsciiLetterOrDigit(ch))
            {
                if (wordStart < 0)
                {
                    wordStart = i;
                }

                previousCjk = '\0';
                continue;
            }

            if (wordStart >= 0)
            {
                var word = normalized[wordStart..i];
                if (!StopWords.Contains(word))
                {
                    terms.Add(Stem(word));
                }

                wordStart = -1;
            }

            if (Language.IsCjk(ch))
            {
                terms.Add(ch.ToString());
                if (previousCjk != '\0')
                {
                    terms.Add(string.Concat(previousCjk, ch));
                }

                previousCjk = ch;
            }
            else if (ch != '\'')
            {
                previousCjk = '\0';
            }
        }

        return terms;
    }

    public static string Stem(string word)
    {
        if (word.Length <= 3)
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return word[..^3];
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^2];
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length > 4 && word[^3] is 's' or 'x' or 'h')
        {
            return word[..^2];
        }

        return word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
    }
}
