using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Coach.Analysis.Transcripts;

/// <summary>
/// Reads WebVTT captions as Microsoft Teams and Zoom write them. The header (up to the first blank
/// line or timing line) and NOTE, STYLE and REGION blocks are skipped. A cue is an optional identifier
/// line, a timing line (<c>HH:MM:SS.mmm --> HH:MM:SS.mmm</c>, <c>,</c> also taken for <c>.</c>,
/// optionally followed by cue settings) and payload lines up to a blank line. Each cue gives one
/// utterance, starting at the cue's start time and on its first payload line; a cue with voice spans
/// of different speakers gives one per span. The speaker's name comes from a Teams voice tag
/// (<c>&lt;v Jane Doe&gt;</c>, <c>&lt;v.loud Jane&gt;</c>, closing tag optional) or else a Zoom-style
/// <c>Jane Doe: text</c> prefix (see <see cref="SpeakerPrefix"/>); a cue with neither has no name.
/// Other tags and ruby annotations are removed and character references decoded; wrapped lines are
/// joined as <see cref="TranscriptText.AppendWrapped"/> says; cues left without text are skipped.
/// </summary>
internal static partial class WebVttReader
{
    public static void Read(IReadOnlyList<string> lines, UtteranceCollector utterances)
    {
        if (lines.Count == 0 || !IsBlockStart(lines[0], "WEBVTT"))
        {
            throw new TranscriptFormatException(1, "a WebVTT file must start with 'WEBVTT'.");
        }

        // The header runs to the first blank line; a timing line also ends it, as some tools leave out the blank.
        var i = 1;
        while (i < lines.Count && !string.IsNullOrWhiteSpace(lines[i]) && !lines[i].Contains("-->", StringComparison.Ordinal))
        {
            i++;
        }

        while (true)
        {
            while (i < lines.Count && string.IsNullOrWhiteSpace(lines[i]))
            {
                i++;
            }

            if (i >= lines.Count)
            {
                return;
            }

            if (IsBlockStart(lines[i], "NOTE") || IsBlockStart(lines[i], "STYLE") || IsBlockStart(lines[i], "REGION"))
            {
                i = SkipBlock(lines, i);
                continue;
            }

            i = ReadCue(lines, i, utterances);
        }
    }

    /// <summary>Reads the cue starting at line index <paramref name="first"/>; returns the index after it.</summary>
    private static int ReadCue(IReadOnlyList<string> lines, int first, UtteranceCollector utterances)
    {
        var timing = lines[first].Contains("-->", StringComparison.Ordinal) ? first : first + 1;
        if (timing >= lines.Count || string.IsNullOrWhiteSpace(lines[timing]))
        {
            throw new TranscriptFormatException(first + 1,
                $"'{TranscriptText.Clip(lines[first].Trim())}' is neither a cue timing (HH:MM:SS.mmm --> HH:MM:SS.mmm) nor followed by one.");
        }

        var startMs = ParseTiming(lines[timing], timing + 1);
        var end = timing + 1;
        while (end < lines.Count && !string.IsNullOrWhiteSpace(lines[end]))
        {
            end++;
        }

        if (end > timing + 1)
        {
            var payload = string.Join('\n', lines.Skip(timing + 1).Take(end - timing - 1));
            foreach (var (name, text, lineOffset) in Spans(payload))
            {
                utterances.Add(name, text, startMs, timing + 2 + lineOffset);
            }
        }

        return end;
    }

    private static long ParseTiming(string line, int lineNumber)
    {
        var match = Timing().Match(line.Trim());
        if (!match.Success
            || !Timestamp.TryParseCueTime(match.Groups["start"].Value, out var start)
            || !Timestamp.TryParseCueTime(match.Groups["end"].Value, out _))
        {
            throw new TranscriptFormatException(lineNumber,
                $"the cue timing '{TranscriptText.Clip(line.Trim())}' is not HH:MM:SS.mmm --> HH:MM:SS.mmm.");
        }

        return start;
    }

    /// <summary>
    /// The speakers' parts of a payload, each with the payload line it begins on (0-based): one per
    /// voice span, neighbouring parts of one speaker merged. A voice tag without a name counts as none.
    /// </summary>
    private static List<(string? Name, string Text, int LineOffset)> Spans(string payload)
    {
        var spans = new List<(string? Name, string Text, int LineOffset)>();
        string? voice = null;
        var position = 0;
        foreach (Match tag in VoiceTag().Matches(payload))
        {
            Add(position, tag.Index);
            voice = tag.Groups["open"].Success ? WebUtility.HtmlDecode(tag.Groups["name"].Value).Trim() : null;
            voice = voice is { Length: > 0 } ? voice : null;
            position = tag.Index + tag.Length;
        }

        Add(position, payload.Length);
        return spans;

        void Add(int start, int end)
        {
            var raw = payload[start..end];
            var text = CleanPayload(raw);
            if (text.Length == 0)
            {
                return;
            }

            var name = voice;
            if (voice is null && SpeakerPrefix.TryParse(text, out var prefixName, out var rest))
            {
                (name, text) = (prefixName, rest);
            }

            if (spans.Count > 0 && string.Equals(spans[^1].Name, name, StringComparison.Ordinal))
            {
                var joined = new StringBuilder(spans[^1].Text);
                TranscriptText.AppendWrapped(joined, text);
                spans[^1] = spans[^1] with { Text = joined.ToString() };
            }
            else
            {
                var firstText = start + (raw.Length - raw.TrimStart().Length);
                spans.Add((name, text, payload.AsSpan(0, firstText).Count('\n')));
            }
        }
    }

    /// <summary>Payload text without tags, ruby annotations or character references; wrapped lines joined.</summary>
    private static string CleanPayload(string raw)
    {
        var withoutTags = AnyTag().Replace(RubyAnnotation().Replace(raw, ""), "");
        var decoded = WebUtility.HtmlDecode(withoutTags).Replace("\u200E", "").Replace("\u200F", "");
        var text = new StringBuilder();
        foreach (var line in decoded.Split('\n'))
        {
            TranscriptText.AppendWrapped(text, TranscriptText.Squeeze(line));
        }

        return text.ToString();
    }

    /// <summary>Skips the block starting at index <paramref name="first"/>; returns the index of the blank line after it.</summary>
    private static int SkipBlock(IReadOnlyList<string> lines, int first)
    {
        var i = first;
        while (i < lines.Count && !string.IsNullOrWhiteSpace(lines[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsBlockStart(string line, string keyword) =>
        line.StartsWith(keyword, StringComparison.Ordinal)
        && (line.Length == keyword.Length || line[keyword.Length] is ' ' or '\t');

    [GeneratedRegex(@"^(?<start>[0-9:.,]+)[ \t]*-->[ \t]*(?<end>[0-9:.,]+)(?:[ \t].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Timing();

    /// <summary>An opening voice tag, <c>&lt;v Name&gt;</c> or <c>&lt;v.class Name&gt;</c>, or a closing <c>&lt;/v&gt;</c>.</summary>
    [GeneratedRegex(@"(?<open><v(?:\.[^\s>]*)?(?:[ \t]+(?<name>[^>]*))?>)|</v\s*>", RegexOptions.CultureInvariant)]
    private static partial Regex VoiceTag();

    [GeneratedRegex(@"<(?<tag>rt|rp)(?:[.\s][^>]*)?>.*?</\k<tag>\s*>", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex RubyAnnotation();

    [GeneratedRegex(@"<[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();
}
