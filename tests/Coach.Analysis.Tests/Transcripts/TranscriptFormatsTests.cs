using Coach.Analysis.Transcripts;

namespace Coach.Analysis.Tests.Transcripts;

public sealed class TranscriptFormatsTests
{
    [Theory]
    [InlineData("application/json", TranscriptFormat.Json)]
    [InlineData("Application/JSON; charset=utf-8", TranscriptFormat.Json)]
    [InlineData("text/vtt", TranscriptFormat.WebVtt)]
    [InlineData(" text/VTT ;charset=UTF-8", TranscriptFormat.WebVtt)]
    [InlineData("text/plain", TranscriptFormat.PlainText)]
    public void Known_media_types_map_to_their_format_ignoring_case_and_parameters(string contentType, TranscriptFormat expected)
    {
        Assert.True(TranscriptFormats.TryFromMediaType(contentType, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("text/html")]
    [InlineData("application/x-subrip")]
    [InlineData("text/plainish")]
    public void Other_media_types_are_not_transcripts(string? contentType)
    {
        Assert.False(TranscriptFormats.TryFromMediaType(contentType, out _));
    }
}
