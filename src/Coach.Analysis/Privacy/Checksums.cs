namespace Coach.Analysis.Privacy;

/// <summary>
/// The check digits that tell a bank card or a Chinese resident ID from any other long number.
/// Both read only the ASCII digits of their input, so grouped numbers ("4111 1111 1111 1111") need no copy.
/// </summary>
internal static class Checksums
{
    // ISO 7064 MOD 11-2 weights of the first 17 characters: 2^(17-i) mod 11.
    private static ReadOnlySpan<byte> IdWeights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Whether the digits of <paramref name="number"/> (13–19 of them) pass the Luhn check.</summary>
    public static bool IsLuhnValid(ReadOnlySpan<char> number)
    {
        int sum = 0, count = 0;
        for (var i = number.Length - 1; i >= 0; i--)
        {
            var ch = number[i];
            if (!char.IsAsciiDigit(ch))
            {
                continue;
            }

            var digit = ch - '0';
            if (count++ % 2 == 1)
            {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }

            sum += digit;
        }

        return count is >= 13 and <= 19 && sum % 10 == 0;
    }

    /// <summary>
    /// Whether the number starts as the cards of the big networks do: 3 (American Express, JCB, Diners),
    /// 4 (Visa), 5 (Mastercard), 6 (UnionPay, Discover) or 2221–2720 (Mastercard). Order numbers and
    /// timestamps that start with a year (2026…) or with 1 are thereby no cards, whatever their Luhn digit.
    /// </summary>
    public static bool HasCardNetworkPrefix(ReadOnlySpan<char> number)
    {
        var first = number[0];
        return first is >= '3' and <= '6'
            || (first == '2' && number.Length >= 4 && Number(number[..4]) is >= 2221 and <= 2720);
    }

    /// <summary>
    /// Whether <paramref name="id"/> (spaces allowed between its parts) is an 18-character Chinese resident
    /// ID: a birth date from 1900 to 2099 that exists, and the ISO 7064 MOD 11-2 check character.
    /// </summary>
    public static bool IsChineseIdValid(ReadOnlySpan<char> id)
    {
        Span<char> chars = stackalloc char[18];
        var n = 0;
        foreach (var ch in id)
        {
            if (ch == ' ')
            {
                continue;
            }

            if (n == 18)
            {
                return false;
            }

            chars[n++] = ch;
        }

        if (n != 18 || !IsDate(chars.Slice(6, 8)))
        {
            return false;
        }

        foreach (var ch in chars[..17])
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        var check = ChineseIdCheckCharacter(chars);
        return chars[17] == check || (check == 'X' && chars[17] == 'x');
    }

    /// <summary>The check character ('0'–'9' or 'X') that completes the first 17 digits of a Chinese resident ID.</summary>
    public static char ChineseIdCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * IdWeights[i];
        }

        var check = (12 - sum % 11) % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    private static bool IsDate(ReadOnlySpan<char> yyyymmdd)
    {
        int year = Number(yyyymmdd[..4]), month = Number(yyyymmdd.Slice(4, 2)), day = Number(yyyymmdd.Slice(6, 2));
        return year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>The value of ASCII digits, or -1 when one is not a digit.</summary>
    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var ch in digits)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return -1;
            }

            value = value * 10 + (ch - '0');
        }

        return value;
    }
}
