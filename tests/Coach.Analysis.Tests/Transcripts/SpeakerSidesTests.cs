using Coach.Analysis.Classification;
using Coach.Analysis.Transcripts;
using static Coach.Analysis.Tests.Transcripts.TranscriptSamples;

namespace Coach.Analysis.Tests.Transcripts;

public sealed class SpeakerSidesTests
{
    private const string Call = "Priya Raman: We need this live before the audit.\nDaniel  Brooks: Then let's start with the ERP connector.\n";

    [Theory]
    [InlineData("Daniel Brooks")]
    [InlineData("  daniel brooks ")]
    [InlineData("DANIEL   BROOKS")]
    public void Rep_names_match_ignoring_case_and_white_space(string repName)
    {
        var lines = Parse(Call, TranscriptFormat.PlainText, repName).Lines;

        Assert.Equal([Speaker.Customer, Speaker.Rep], lines.Select(l => l.Speaker));
        Assert.Equal("Daniel Brooks", lines[1].Name);
    }

    [Fact]
    public void A_first_name_alone_does_not_match_a_full_name()
    {
        var error = Error(Call, TranscriptFormat.PlainText, "Daniel");

        Assert.Equal("None of the rep names (Daniel) speaks in this transcript; the speakers are: Priya Raman, Daniel Brooks.", error.Message);
    }

    [Fact]
    public void Several_rep_names_may_be_given()
    {
        var lines = Parse(Call, TranscriptFormat.PlainText, "Someone Else", "Daniel Brooks").Lines;

        Assert.Equal([Speaker.Customer, Speaker.Rep], lines.Select(l => l.Speaker));
    }

    [Fact]
    public void A_rep_name_that_does_not_speak_is_rejected_listing_the_chinese_and_english_speakers()
    {
        var error = Error("Jane Doe: Hello.\n王经理：您好。\n", TranscriptFormat.PlainText, "Bob");

        Assert.Null(error.Line);
        Assert.Equal("None of the rep names (Bob) speaks in this transcript; the speakers are: Jane Doe, 王经理.", error.Message);
    }

    [Fact]
    public void The_speaker_list_of_the_error_stops_at_ten_names()
    {
        var text = string.Concat(Enumerable.Range(1, 12).Select(i => $"Person {i}: Line {i}.\n"));

        var error = Error(text, TranscriptFormat.PlainText, "Bob");

        Assert.EndsWith("Person 9, Person 10 and 2 more.", error.Message);
        Assert.DoesNotContain("Person 11", error.Message);
    }

    [Fact]
    public void Captions_that_name_nobody_are_rejected()
    {
        var error = Error("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello there.\n", TranscriptFormat.WebVtt);

        Assert.Null(error.Line);
        Assert.Contains("No utterance names its speaker", error.Message);
    }

    [Fact]
    public void Blank_rep_names_count_as_none_and_sides_are_guessed()
    {
        var transcript = Parse(Call, TranscriptFormat.PlainText, " ");

        Assert.True(transcript.SidesGuessed);
        Assert.Equal([Speaker.Rep, Speaker.Customer], transcript.Lines.Select(l => l.Speaker));
    }
}
