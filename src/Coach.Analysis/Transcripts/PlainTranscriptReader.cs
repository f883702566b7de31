using System.Text;
using System.Text.RegularExpressions;

namespace Coach.Analysis.Transcripts;

/// <summary>
/// Reads plain transcripts: <c>Name: text</c> per line (ASCII or full-width colon; see
/// <see cref="SpeakerPrefix"/> for what counts as a name), optionally after a time such as
/// <c>[00:01:02]</c>, <c>00:01:02</c> or <c>(01:02)</c>. Blank lines are skipped. A line without a name
/// continues the utterance before it (wrapped text), time and all. The first line must have a name.
/// </summary>
internal static partial class PlainTranscriptReader
{
    public static void Read(IReadOnlyList<string> lines, UtteranceCollector utterances)
    {
        string? name = null;
        long? startMs = null;
        var firstLine = 0;
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = TranscriptText.Squeeze(lines[i]);
            if (line.Length == 0)
            {
                continue;
            }

            if (!TryParseSpeakerLine(line, out var lineName, out var lineText, out var lineStart))
            {
                if (firstLine == 0)
                {
                    throw new TranscriptFormatException(i + 1,
                        $"expected 'Name: text' (for example 'Jane Doe: Thanks for joining.'), found '{TranscriptText.Clip(line)}'.");
                }

                TranscriptText.AppendWrapped(text, line);
                continue;
            }

            Flush();
            name = lineName;
            startMs = lineStart;
            firstLine = i + 1;
            TranscriptText.AppendWrapped(text, lineText);
        }

        Flush();

        void Flush()
        {
            if (firstLine > 0)
            {
                utterances.Add(name, text.ToString(), startMs, firstLine);
            }

            text.Clear();
        }
    }

    private static bool TryParseSpeakerLine(string line, out string name, out string text, out long? startMs)
    {
        startMs = null;
        var time = LeadingTime().Match(line);
        if (time.Success
            && Timestamp.TryParseClock(time.Groups["time"].Value, out var ms)
            && SpeakerPrefix.TryParse(line[time.Length..], out name, out text))
        {
            startMs = ms;
            return true;
        }

        return SpeakerPrefix.TryParse(line, out name, out text);
    }

    /// <summary>A time at the start of a line: <c>[01:02]</c>, <c>(00:01:02)</c> or a bare <c>00:01:02</c> and a space.</summary>
    [GeneratedRegex(@"^(?:\[(?<time>[0-9:.,]+)\]|\((?<time>[0-9:.,]+)\)|(?<time>[0-9]+:[0-9:.,]+)(?=\s))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingTime();
}
