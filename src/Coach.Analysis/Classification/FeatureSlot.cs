using System.Text;

namespace Coach.Analysis.Classification;

/// <summary>Which featurizer a slot of the feature vector comes from.</summary>
internal enum FeatureKind
{
    Char,
    Word,
    Cue,
}

/// <summary>
/// A slot of the model's feature vector, read from its slot name: a character n-gram ("CharFeatures.<␂>|h|o",
/// as characters with ML.NET's markers turned back into control characters), a word n-gram
/// ("WordFeatures.your|price", as tokens) or a cue token ("CueFeatures.cue_price").
/// </summary>
internal readonly record struct FeatureSlot(FeatureKind Kind, string Chars, IReadOnlyList<string> Tokens)
{
    public static FeatureSlot? Parse(ReadOnlySpan<char> name)
    {
        if (Strip(name, ClassifierPipeline.CharFeatures, out var rest))
        {
            var chars = DecodeChars(rest);
            return chars is null ? null : new FeatureSlot(FeatureKind.Char, chars, []);
        }

        if (Strip(name, ClassifierPipeline.WordFeatures, out rest))
        {
            return new FeatureSlot(FeatureKind.Word, "", rest.ToString().Split('|'));
        }

        return Strip(name, ClassifierPipeline.CueFeatures, out rest)
            ? new FeatureSlot(FeatureKind.Cue, rest.ToString(), [])
            : null;
    }

    private static bool Strip(ReadOnlySpan<char> name, string column, out ReadOnlySpan<char> rest)
    {
        var ok = name.Length > column.Length + 1 && name.StartsWith(column, StringComparison.Ordinal) && name[column.Length] == '.';
        rest = ok ? name[(column.Length + 1)..] : default;
        return ok;
    }

    /// <summary>
    /// Each unit is one UTF-16 character or a marker "&lt;␂&gt;" that ML.NET writes for a control character or
    /// space (U+2400 + code); units are joined by '|'. Parsing unit by unit keeps a literal '|' character apart.
    /// </summary>
    private static string? DecodeChars(ReadOnlySpan<char> units)
    {
        var chars = new StringBuilder(3);
        var i = 0;
        while (i < units.Length)
        {
            if (units[i] == '<' && i + 2 < units.Length && units[i + 2] == '>' && units[i + 1] is >= '\u2400' and <= '\u2421')
            {
                chars.Append(units[i + 1] == '\u2421' ? '\u007F' : (char)(units[i + 1] - 0x2400));
                i += 3;
            }
            else
            {
                chars.Append(units[i]);
                i++;
            }

            if (i < units.Length && units[i] != '|')
            {
                return null;
            }

            i++;
        }

        return chars.ToString();
    }
}
