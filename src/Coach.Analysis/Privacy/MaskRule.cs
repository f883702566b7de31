using System.Text.RegularExpressions;

namespace Coach.Analysis.Privacy;

/// <summary>
/// Checks a regex match further (a checksum, a date) before it is masked: returns how much of the match,
/// from its start, to mask (all of it, a shorter valid prefix, or 0 for none).
/// </summary>
internal delegate int MatchCheck(ReadOnlySpan<char> match);

/// <summary>
/// One compiled pattern of the redactor. <see cref="MinDigits"/> (the fewest digits a match holds, all in one
/// run with at most two separators between digits) and <see cref="NeedsAt"/> let a line skip the regex when it
/// cannot hold a match: most lines have no run of digits that long and no '@'.
/// </summary>
internal sealed record MaskRule(string Kind, string Mask, Regex Regex, int MinDigits, bool NeedsAt, MatchCheck? Check);
