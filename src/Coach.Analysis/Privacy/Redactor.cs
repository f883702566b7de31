using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Coach.Analysis.Privacy;

/// <summary>
/// Masks personal data in a line of a call before it is stored, logged or sent to a language model:
/// phone numbers, e-mail addresses, Chinese resident IDs and US social security numbers, bank cards
/// (see <see cref="RedactionKinds"/>) and the configured patterns, as bracketed kind tokens such as
/// <c>[phone]</c> that keep the line readable for the classifiers and for coaches.
/// Built once from <see cref="RedactionOptions"/>; thread-safe.
/// </summary>
/// <remarks>
/// Full-width characters (<c>１３８</c>, <c>＠</c>) are folded to ASCII one for one in a copy used for
/// matching, so positions are those of the original text. A line without digits and '@' costs one
/// vectorised scan and is returned as it is, and a line whose digits stand in short runs (prices, dates,
/// quantities) skips the digit patterns; configured patterns, though, run on every line.
/// Where matches overlap, the longest wins, then the first; nothing is masked twice.
/// </remarks>
public sealed class Redactor
{
    private const string UncheckedMask = "[" + RedactionKinds.Unchecked + "]";

    private static readonly SearchValues<char> Triggers = SearchValues.Create("0123456789０１２３４５６７８９@＠");
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789０１２３４５６７８９");
    private static readonly SearchValues<char> Separators = SearchValues.Create(" -.()+\u3000－．（）＋");

    // Full-width characters that can be part of a match; when one occurs, the line is folded before matching.
    private static readonly SearchValues<char> FoldTriggers = SearchValues.Create("０１２３４５６７８９＠＋－（）\u3000");

    private readonly MaskRule[] _builtIn;
    private readonly MaskRule[] _configured;
    private readonly bool _enabled;
    private readonly int _fewestDigits;
    private readonly bool _hasEmail;

    /// <summary>Compiles the patterns of <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">A configured pattern has no name or is not a valid regex, or
    /// <see cref="RedactionOptions.Disabled"/> names an unknown kind.</exception>
    public Redactor(RedactionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Problem(options) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _enabled = options.Enabled;
        KeepOriginal = options.KeepOriginal;
        var timeout = TimeSpan.FromMilliseconds(options.MatchTimeoutMilliseconds);
        var disabled = options.Disabled.Select(d => d.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _builtIn =
        [
            .. BuiltInPatterns.All.Where(e => !disabled.Contains(e.Kind))
                .Select(e => new MaskRule(e.Kind, "[" + e.Kind + "]", Compile(e.Pattern, timeout), e.MinDigits, e.NeedsAt, e.Check)),
        ];
        _fewestDigits = _builtIn.Where(r => !r.NeedsAt).Select(r => r.MinDigits).DefaultIfEmpty(int.MaxValue).Min();
        _hasEmail = _builtIn.Any(r => r.NeedsAt);
        _configured =
        [
            .. options.Patterns.Select(p => new MaskRule(p.Name.Trim(), p.Mask ?? "[" + p.Name.Trim() + "]",
                Compile(p.Pattern, timeout), 0, false, null)),
        ];
        WarmUp(_builtIn);
        WarmUp(_configured);
    }

    /// <summary>Whether an admin has chosen to keep the original text beside the masked one (<see cref="RedactionOptions.KeepOriginal"/>).</summary>
    public bool KeepOriginal { get; }

    /// <summary>
    /// Masks <paramref name="text"/>. When nothing matches, the result holds the same string instance and an
    /// empty list. When a pattern times out twice on the line, the whole line is masked as <c>[redacted]</c> rather than passed on unchecked.
    /// </summary>
    public RedactionResult Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_enabled || text.Length == 0 || (_configured.Length == 0 && !text.AsSpan().ContainsAny(Triggers)))
        {
            return new RedactionResult(text, []);
        }

        var digits = LongestDigitRun(text);
        var hasAt = text.AsSpan().ContainsAny('@', '＠');
        if (_configured.Length == 0 && digits < _fewestDigits && !(hasAt && _hasEmail))
        {
            return new RedactionResult(text, []);
        }

        var folded = text.AsSpan().ContainsAny(FoldTriggers) ? FoldFullWidth(text) : text;
        List<Candidate>? found;
        try
        {
            found = FindAll(folded, digits, hasAt);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pause of the process (a collection, a busy machine) can time a match out once; a pattern that
            // backtracks without end does so again, and then the line is not passed on unchecked.
            try
            {
                found = FindAll(folded, digits, hasAt);
            }
            catch (RegexMatchTimeoutException)
            {
                return new RedactionResult(UncheckedMask, [new Redaction(RedactionKinds.Unchecked, 0, text.Length)]);
            }
        }

        return found is null ? new RedactionResult(text, []) : Mask(text, Resolve(found));
    }

    /// <summary>What is wrong with <paramref name="options"/>, or null when the redactor can be built from them.</summary>
    internal static string? Problem(RedactionOptions options)
    {
        if (options.MatchTimeoutMilliseconds <= 0)
        {
            return $"{RedactionOptions.Section}:MatchTimeoutMilliseconds must be positive.";
        }

        if (options.Disabled.FirstOrDefault(d => !RedactionKinds.BuiltIn.Contains(d.Trim(), StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            return $"{RedactionOptions.Section}:Disabled names '{unknown}'; the built-in kinds are {string.Join(", ", RedactionKinds.BuiltIn)}.";
        }

        foreach (var pattern in options.Patterns)
        {
            if (string.IsNullOrWhiteSpace(pattern.Name) || string.IsNullOrEmpty(pattern.Pattern))
            {
                return $"Each of {RedactionOptions.Section}:Patterns needs a Name and a Pattern.";
            }

            try
            {
                _ = new Regex(pattern.Pattern, RegexOptions.CultureInvariant);
            }
            catch (ArgumentException e)
            {
                return $"{RedactionOptions.Section}:Patterns '{pattern.Name}' is not a valid regular expression: {e.Message}";
            }
        }

        return null;
    }

    private List<Candidate>? FindAll(string folded, int digits, bool hasAt)
    {
        List<Candidate>? found = null;
        for (var r = 0; r < _builtIn.Length; r++)
        {
            var rule = _builtIn[r];
            if (digits >= rule.MinDigits && (hasAt || !rule.NeedsAt))
            {
                Find(rule, r, folded, ref found);
            }
        }

        for (var r = 0; r < _configured.Length; r++)
        {
            Find(_configured[r], _builtIn.Length + r, folded, ref found);
        }

        return found;
    }

    /// <summary>
    /// Runs every pattern once, so that compiling a pattern to machine code (on its first match) happens here
    /// and not inside the match timeout of a caller's line.
    /// </summary>
    private static void WarmUp(MaskRule[] rules)
    {
        const string sample = "wang.li@yunzhangtong.cn 138 1234 5678 (415) 555-0132 11010519491231002X 4111 1111 1111 1111";
        foreach (var rule in rules)
        {
            try
            {
                foreach (var _ in rule.Regex.EnumerateMatches(sample))
                {
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A configured pattern that is slow even on the sample; lines will find that out themselves.
            }
        }
    }

    private static Regex Compile(string pattern, TimeSpan timeout) =>
        new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, timeout);

    private static void Find(MaskRule rule, int order, string folded, ref List<Candidate>? found)
    {
        foreach (var match in rule.Regex.EnumerateMatches(folded))
        {
            var length = match.Length;
            if (length > 0 && rule.Check is { } check)
            {
                length = check(folded.AsSpan(match.Index, match.Length));
            }

            if (length > 0)
            {
                (found ??= []).Add(new Candidate(order, match.Index, length));
            }
        }
    }

    /// <summary>The matches to mask, in text order: the longest first, then the earliest, then the first rule; none overlapping.</summary>
    private static List<Candidate> Resolve(List<Candidate> found)
    {
        if (found.Count == 1)
        {
            return found;
        }

        found.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length)
            : a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Rule.CompareTo(b.Rule));
        var kept = new List<Candidate>(found.Count);
        foreach (var candidate in found)
        {
            if (!kept.Exists(k => k.Start < candidate.End && candidate.Start < k.End))
            {
                kept.Add(candidate);
            }
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    private RedactionResult Mask(string text, List<Candidate> kept)
    {
        var masked = new StringBuilder(text.Length);
        var redactions = new Redaction[kept.Count];
        var at = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var candidate = kept[i];
            var rule = candidate.Rule < _builtIn.Length ? _builtIn[candidate.Rule] : _configured[candidate.Rule - _builtIn.Length];
            masked.Append(text, at, candidate.Start - at).Append(rule.Mask);
            at = candidate.End;
            redactions[i] = new Redaction(rule.Kind, candidate.Start, candidate.Length);
        }

        masked.Append(text, at, text.Length - at);
        return new RedactionResult(masked.ToString(), redactions);
    }

    /// <summary>
    /// The most digits in one run of digits, where up to two of <c>space - . ( ) +</c> (or their full-width forms)
    /// may stand between two digits, as in every built-in pattern. A built-in pattern needs a run of at least its
    /// <see cref="MaskRule.MinDigits"/>, so "¥128,000 in 2026" runs none. Jumps from digit to digit.
    /// </summary>
    private static int LongestDigitRun(ReadOnlySpan<char> text)
    {
        var longest = 0;
        for (var start = text.IndexOfAny(Digits); start >= 0; start = text.IndexOfAny(Digits))
        {
            text = text[start..];
            int run = 0, gap = 0, i = 0;
            for (; i < text.Length; i++)
            {
                var ch = text[i];
                if (ch is >= '0' and <= '9' or >= '０' and <= '９')
                {
                    run++;
                    gap = 0;
                }
                else if (!Separators.Contains(ch) || ++gap > 2)
                {
                    break;
                }
            }

            longest = Math.Max(longest, run);
            text = text[i..];
        }

        return longest;
    }

    /// <summary>
    /// A copy of <paramref name="text"/> with full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space
    /// folded to ASCII: the part of NFKC that matters here, one character for one, so positions carry over.
    /// </summary>
    private static string FoldFullWidth(string text) =>
        string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var ch = source[i];
                chars[i] = ch switch
                {
                    >= '\uFF01' and <= '\uFF5E' => (char)(ch - 0xFEE0),
                    '\u3000' => ' ',
                    _ => ch,
                };
            }
        });

    private readonly record struct Candidate(int Rule, int Start, int Length)
    {
        public int End => Start + Length;
    }
}
