namespace Coach.Analysis.Transcripts;

/// <summary>The file formats a transcript may be uploaded in.</summary>
public enum TranscriptFormat
{
    Json,
    WebVtt,
    PlainText,
}

public static class TranscriptFormats
{
    /// <summary>
    /// The format of a Content-Type: <c>application/json</c>, <c>text/vtt</c> or <c>text/plain</c>, in
    /// any case; parameters such as <c>; charset=utf-8</c> are ignored. False for anything else.
    /// </summary>
    public static bool TryFromMediaType(string? contentType, out TranscriptFormat format)
    {
        var mediaType = contentType is null ? "" : contentType.Split(';', 2)[0].Trim();
        switch (mediaType.ToLowerInvariant())
        {
            case "application/json":
                format = TranscriptFormat.Json;
                return true;
            case "text/vtt":
                format = TranscriptFormat.WebVtt;
                return true;
            case "text/plain":
                format = TranscriptFormat.PlainText;
                return true;
            default:
                format = default;
                return false;
        }
    }
}
