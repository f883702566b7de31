using System.Globalization;
using System.Text.RegularExpressions;

namespace Coach.Analysis.Transcripts;

/// <summary>Clock times of transcripts, <c>HH:MM:SS.mmm</c> or <c>MM:SS.mmm</c>, in milliseconds.</summary>
internal static partial class Timestamp
{
    /// <summary>
    /// WebVTT cue times: optional hours, two-digit minutes and seconds, three-digit milliseconds
    /// after <c>.</c> or (as some tools write) <c>,</c>.
    /// </summary>
    public static bool TryParseCueTime(string text, out long milliseconds) =>
        TryParse(CueTime().Match(text), out milliseconds);

    /// <summary>Looser times of plain transcripts: <c>1:02</c>, <c>01:02:03</c>, <c>00:01:02.5</c>.</summary>
    public static bool TryParseClock(string text, out long milliseconds) =>
        TryParse(Clock().Match(text), out milliseconds);

    private static bool TryParse(Match match, out long milliseconds)
    {
        milliseconds = 0;
        if (!match.Success)
        {
            return false;
        }

        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var seconds = int.Parse(match.Groups["s"].ValueSpan, CultureInfo.InvariantCulture);
        if (minutes > 59 || seconds > 59)
        {
            return false;
        }

        var fraction = match.Groups["f"].Success ? match.Groups["f"].Value.PadRight(3, '0') : "000";
        milliseconds = ((hours * 60L + minutes) * 60 + seconds) * 1000 + int.Parse(fraction, CultureInfo.InvariantCulture);
        return true;
    }

    [GeneratedRegex(@"^(?:(?<h>[0-9]{1,4}):)?(?<m>[0-9]{2}):(?<s>[0-9]{2})[.,](?<f>[0-9]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex CueTime();

    [GeneratedRegex(@"^(?:(?<h>[0-9]{1,4}):)?(?<m>[0-9]{1,2}):(?<s>[0-9]{2})(?:[.,](?<f>[0-9]{1,3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Clock();
}
