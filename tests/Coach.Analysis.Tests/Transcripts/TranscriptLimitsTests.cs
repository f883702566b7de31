using System.Text;
using Coach.Analysis.Transcripts;
using static Coach.Analysis.Tests.Transcripts.TranscriptSamples;

namespace Coach.Analysis.Tests.Transcripts;

public sealed class TranscriptLimitsTests
{
    [Fact]
    public void Invalid_utf8_is_rejected_naming_the_line_of_the_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("WEBVTT\r\n\r\n00:00:01.000 --> 00:00:02.000\r\nAna: ")
            .Concat(new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B })
            .ToArray();

        var error = Assert.Throws<TranscriptFormatException>(() =>
            TranscriptParser.Parse(bytes, TranscriptFormat.WebVtt, ["Ana"], Limits));

        Assert.Equal(4, error.Line);
        Assert.Contains("not UTF-8", error.Message);
        Assert.Contains("0xE9", error.Message);
    }

    [Fact]
    public void Utf16_text_is_rejected_with_advice_to_save_as_utf8()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Ana: Hello")).ToArray();

        var error = Assert.Throws<TranscriptFormatException>(() =>
            TranscriptParser.Parse(bytes, TranscriptFormat.PlainText, ["Ana"], Limits));

        Assert.Equal("Line 1: the file is UTF-16 text; save it as UTF-8 and upload it again.", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData(" \r\n\r\n ")]
    public void An_empty_file_is_rejected(string content)
    {
        foreach (var format in Enum.GetValues<TranscriptFormat>())
        {
            var error = Error(content, format);

            Assert.Null(error.Line);
            Assert.Equal("The file is empty.", error.Message);
        }
    }

    [Fact]
    public void A_file_over_max_bytes_is_rejected_with_its_size_and_the_limit()
    {
        var limits = new TranscriptLimits { MaxBytes = 64 };
        var content = new byte[65];

        var error = Assert.Throws<TranscriptFormatException>(() =>
            TranscriptParser.Parse(content, TranscriptFormat.PlainText, [], limits));

        Assert.Null(error.Line);
        Assert.Equal("The file is 65 bytes; at most 64 are accepted.", error.Message);
    }

    [Fact]
    public void The_default_limits_are_those_of_the_import_section()
    {
        var limits = new TranscriptLimits();

        Assert.Equal("Coach:Import", TranscriptLimits.Section);
        Assert.Equal((5 * 1024 * 1024, 5000, 2000, 200), (limits.MaxBytes, limits.MaxLines, limits.MaxTextLength, limits.MaxTitleLength));
    }

    [Fact]
    public void More_utterances_than_max_lines_are_rejected_naming_the_limit_and_the_first_line_over_it()
    {
        var limits = new TranscriptLimits { MaxLines = 3 };
        var text = "Ana: One.\nBo: Two.\nAna: Three.\nBo: Four.\n";

        var error = Assert.Throws<TranscriptFormatException>(() =>
            TranscriptParser.Parse(text, TranscriptFormat.PlainText, ["Ana"], limits));

        Assert.Equal(4, error.Line);
        Assert.Equal("Line 4: the transcript has more than 3 utterances; at most 3 are accepted.", error.Message);
    }

    [Fact]
    public void More_json_utterances_than_max_lines_are_rejected()
    {
        var limits = new TranscriptLimits { MaxLines = 1 };
        var json = "{\"utterances\":[\n{\"speaker\":\"rep\",\"text\":\"Hi\"},\n{\"speaker\":\"customer\",\"text\":\"Hello\"}]}";

        var error = Assert.Throws<TranscriptFormatException>(() =>
            TranscriptParser.Parse(json, TranscriptFormat.Json, [], limits));

        Assert.Equal(3, error.Line);
        Assert.Contains("at most 1 are accepted", error.Message);
    }

    [Fact]
    public void A_too_long_utterance_is_rejected_naming_its_line_without_quoting_it()
    {
        var secret = "Our churn number is confidential " + new string('x', 2000);
        var vtt = $"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Hello.</v>\n\n00:00:03.000 --> 00:00:09.000\n<v Bo>{secret}</v>\n";

        var error = Error(vtt, TranscriptFormat.WebVtt, "Ana");

        Assert.Equal(7, error.Line);
        Assert.Equal($"Line 7: the utterance is {secret.Length} characters; at most 2000 are accepted for one utterance.", error.Message);
    }

    [Fact]
    public void A_too_long_json_utterance_is_rejected_naming_its_path()
    {
        var json = $$"""{"utterances":[{"speaker":"customer","text":"{{new string('y', 2001)}}"}]}""";

        var error = Error(json, TranscriptFormat.Json);

        Assert.Equal("Line 1: utterances[0].text is 2001 characters; at most 2000 are accepted for one utterance.", error.Message);
    }

    [Fact]
    public void Error_messages_quote_at_most_forty_characters_of_the_file()
    {
        var line = "This first line is a long sentence from the customer about budgets and no name";

        var error = Error(line, TranscriptFormat.PlainText);

        Assert.Contains($"'{line[..40]}…'", error.Message);
        Assert.DoesNotContain(line[..41], error.Message);
    }
}
