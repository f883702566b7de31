namespace Coach.Analysis.Privacy;

/// <summary>
/// The patterns of the built-in kinds, matched against a line whose full-width characters are folded to
/// ASCII. Digits are <c>[0-9]</c> (not <c>\d</c>, which takes any script's digits), and a number never
/// starts or ends inside a longer run of digits, so order numbers, amounts and dates stay as they are.
/// Earlier entries win ties of equal length and position.
/// </summary>
internal static class BuiltInPatterns
{
    /// <summary>A built-in pattern before compilation.</summary>
    public sealed record Entry(string Kind, string Pattern, int MinDigits, bool NeedsAt = false, MatchCheck? Check = null);

    public static readonly IReadOnlyList<Entry> All =
    [
        // Chinese resident ID: 6-digit area, birth date YYYYMMDD (1900–2099), 3 digits, check character.
        // Spaces are allowed after the area and after the date ("110105 19491231 002X"), the same both times.
        new(RedactionKinds.IdNumber,
            @"(?<![0-9])[1-9][0-9]{5}(?<s>[ ]?)(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])\k<s>[0-9]{3}[0-9Xx](?![0-9A-Za-z])",
            17, Check: static m => Checksums.IsChineseIdValid(m) ? m.Length : 0),

        // US social security number: 123-45-6789, never area 000, 666 or 9xx, group 00 or serial 0000.
        new(RedactionKinds.IdNumber,
            @"(?<![0-9-])(?!000|666|9)[0-9]{3}-(?!00)[0-9]{2}-(?!0000)[0-9]{4}(?![0-9]|-[0-9])",
            9),

        // Bank card: 13–19 digits written together, starting as a card network's do and passing the Luhn check.
        new(RedactionKinds.BankCard, @"(?<![0-9])[0-9]{13,19}(?![0-9])", 13, Check: Luhn),

        // Bank card in groups of four with one kind of separator, the last group shorter
        // ("6222 0212 3456 7890 128", "4111-1111-1111-1111"). A number written after it
        // ("4111 1111 1111 1111 2027") is left out by trying the match without its last groups.
        new(RedactionKinds.BankCard,
            @"(?<![0-9])[0-9]{4}(?<s>[ -])[0-9]{4}(?:\k<s>[0-9]{4}){0,3}(?:\k<s>[0-9]{1,3})?(?![0-9])",
            13, Check: LongestValidCard),

        // American Express as 4-6-5.
        new(RedactionKinds.BankCard, @"(?<![0-9])[0-9]{4}(?<s>[ -])[0-9]{6}\k<s>[0-9]{5}(?![0-9])", 15, Check: Luhn),

        // E-mail address (a full-width ＠ is folded to @). ASCII local part and domain.
        new(RedactionKinds.Email,
            @"[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9])",
            0, NeedsAt: true),

        // Chinese mobile: 1[3-9]x and eight digits, together or as 3-4-4 with spaces or dashes,
        // optionally after +86, 0086 or (+86).
        new(RedactionKinds.Phone,
            @"(?<![0-9+])(?:(?:\+|00)86[ -]?|\(\+?86\)[ ]?)?1[3-9][0-9](?<s>[ -]?)[0-9]{4}\k<s>[0-9]{4}(?![0-9])",
            11),

        // Chinese landline: an area code 0xx or 0xxx with a separator or in brackets, then 7 or 8 digits
        // ("010-12345678", "0755-1234567", "(021) 6123 4567"). Without a separator it is too like an order number.
        new(RedactionKinds.Phone,
            @"(?<![0-9])(?:\(0[1-9][0-9]{1,2}\)[ -]?|0[1-9][0-9]{1,2}[ -])[0-9]{3,4}[ -]?[0-9]{4}(?![0-9])",
            10),

        // North American: (415) 555-0132, 415-555-0132, 415.555.0132, +1 415 555 0132; area and exchange start 2-9.
        new(RedactionKinds.Phone,
            @"(?<![0-9+])(?:\+?1[ .-]?)?(?:\([2-9][0-9]{2}\)[ ]?|[2-9][0-9]{2}[ .-])[2-9][0-9]{2}[ .-][0-9]{4}(?![0-9])",
            10),

        // International: + and 8–15 digits, spaces, dashes or brackets between them ("+44 (0)20 7946 0958").
        new(RedactionKinds.Phone,
            @"(?<![0-9A-Za-z+])\+[1-9](?:[ ()-]{0,2}[0-9]){7,14}(?![ ()-]{0,2}[0-9])",
            8),
    ];

    private static int Luhn(ReadOnlySpan<char> match) =>
        Checksums.HasCardNetworkPrefix(match) && Checksums.IsLuhnValid(match) ? match.Length : 0;

    /// <summary>The longest run of whole groups, from the start of a grouped number, that is a valid card.</summary>
    private static int LongestValidCard(ReadOnlySpan<char> match)
    {
        if (!Checksums.HasCardNetworkPrefix(match))
        {
            return 0;
        }

        var length = match.Length;
        while (!Checksums.IsLuhnValid(match[..length]))
        {
            length = match[..length].LastIndexOfAny(' ', '-');
            if (length < 0)
            {
                return 0;
            }
        }

        return length;
    }
}
