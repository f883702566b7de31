using System.Text;

namespace Coach.Analysis.Transcripts;

/// <summary>
/// Reads an uploaded transcript of a finished call (JSON, WebVTT or plain text) into a
/// <see cref="Transcript"/>, or throws a <see cref="TranscriptFormatException"/> that says what is
/// wrong and on which line. The file must be UTF-8 (a leading BOM is dropped; CRLF, LF and CR all end
/// lines) and within <see cref="TranscriptLimits"/>. For captions and plain text, each speaker's side
/// comes from <paramref name="repNames"/> as <see cref="SpeakerSides"/> describes; title and lang are
/// null. JSON carries its own sides, title and lang (see <see cref="JsonTranscriptReader"/>).
/// </summary>
public static class TranscriptParser
{
    public static Transcript Parse(
        ReadOnlyMemory<byte> utf8, TranscriptFormat format, IReadOnlyCollection<string> repNames, TranscriptLimits limits)
    {
        ArgumentNullException.ThrowIfNull(repNames);
        ArgumentNullException.ThrowIfNull(limits);
        if (utf8.Length > limits.MaxBytes)
        {
            throw new TranscriptFormatException(null, $"The file is {utf8.Length} bytes; at most {limits.MaxBytes} are accepted.");
        }

        var content = TranscriptText.WithoutBom(utf8);
        TranscriptText.EnsureUtf8(content.Span);
        if (content.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new TranscriptFormatException(null, "The file is empty.");
        }

        if (format == TranscriptFormat.Json)
        {
            return JsonTranscriptReader.Read(content, repNames, limits);
        }

        var lines = TranscriptText.SplitLines(Encoding.UTF8.GetString(content.Span));
        var utterances = new UtteranceCollector(limits);
        switch (format)
        {
            case TranscriptFormat.WebVtt:
                WebVttReader.Read(lines, utterances);
                break;
            case TranscriptFormat.PlainText:
                PlainTranscriptReader.Read(lines, utterances);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown transcript format.");
        }

        if (utterances.Items.Count == 0)
        {
            throw new TranscriptFormatException(null, "The file has no utterances: no cue or line has any text.");
        }

        var sides = SpeakerSides.Decide(utterances.Items.Select(u => u.Name), repNames);
        var result = utterances.Items
            .Select(u => new TranscriptLine(sides.SideOf(u.Name), u.Name, u.Text, u.StartMs, u.SourceLine))
            .ToList();
        return new Transcript(null, null, result, sides.Guessed);
    }

    /// <summary>Parses text already in memory, held to the limits as its UTF-8 encoding.</summary>
    public static Transcript Parse(
        string content, TranscriptFormat format, IReadOnlyCollection<string> repNames, TranscriptLimits limits) =>
        Parse(Encoding.UTF8.GetBytes(content), format, repNames, limits);
}
