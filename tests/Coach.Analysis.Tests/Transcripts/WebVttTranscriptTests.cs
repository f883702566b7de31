using Coach.Analysis.Classification;
using Coach.Analysis.Transcripts;
using static Coach.Analysis.Tests.Transcripts.TranscriptSamples;

namespace Coach.Analysis.Tests.Transcripts;

public sealed class WebVttTranscriptTests
{
    [Fact]
    public void The_Teams_sample_really_has_a_bom_and_crlf_line_ends()
    {
        var bytes = Bytes("teams-discovery.vtt");

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("\r\n", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Voice_tags_give_each_cue_its_speaker_name()
    {
        var transcript = ParseSample("teams-discovery.vtt", TranscriptFormat.WebVtt, "Daniel Brooks");

        Assert.Equal(
            ["Daniel Brooks", "Priya Raman", "Daniel Brooks", "Priya Raman", "Daniel Brooks", "Priya Raman", "Tom Becker",
                "Daniel Brooks", "Priya Raman", "Tom Becker", "Daniel Brooks", "Priya Raman"],
            transcript.Lines.Select(l => l.Name));
        Assert.All(transcript.Lines, l => Assert.Equal(l.Name == "Daniel Brooks" ? Speaker.Rep : Speaker.Customer, l.Speaker));
        Assert.False(transcript.SidesGuessed);
        Assert.Null(transcript.Title);
        Assert.Null(transcript.Lang);
    }

    [Fact]
    public void Teams_cues_join_wrapped_lines_and_start_at_the_cue_time_after_settings_notes_and_guid_ids()
    {
        var lines = ParseSample("teams-discovery.vtt", TranscriptFormat.WebVtt, "Daniel Brooks").Lines;

        Assert.Equal("Hi Priya, thanks for making time today. I know month-end is close.", lines[0].Text);
        Assert.Equal(2150, lines[0].StartMs);
        Assert.Equal(9, lines[0].SourceLine);
        Assert.Equal("No problem. Tom from IT is joining too, he'll be a minute late.", lines[1].Text);
        Assert.Equal(7010, lines[1].StartMs);
        Assert.Equal("How long does a typical invoice take to get approved?", lines[4].Text);
        Assert.Equal(53100, lines[8].StartMs);
    }

    [Fact]
    public void Two_voices_in_one_cue_become_two_utterances_on_the_same_start_time()
    {
        var lines = ParseSample("teams-discovery.vtt", TranscriptFormat.WebVtt, "Daniel Brooks").Lines;

        Assert.Equal(("Priya Raman", "Honestly, anywhere from five days to three weeks."), (lines[5].Name, lines[5].Text));
        Assert.Equal(("Tom Becker", "Sorry I'm late — hi everyone."), (lines[6].Name, lines[6].Text));
        Assert.Equal(36500, lines[5].StartMs);
        Assert.Equal(36500, lines[6].StartMs);
    }

    [Fact]
    public void Tags_are_stripped_entities_decoded_and_empty_cues_skipped()
    {
        var lines = ParseSample("teams-discovery.vtt", TranscriptFormat.WebVtt, "Daniel Brooks").Lines;

        Assert.Equal("Sure. Most come in by email as PDFs, maybe 1,800 a month. Two clerks key them into Dynamics by hand & match them to the PO.", lines[3].Text);
        Assert.Equal("Things sit in their inbox. Last quarter we paid late fees of about $14,000 because of that.", lines[8].Text);
        Assert.Equal("From the IT side, anything new has to support single sign-on with Entra ID.", lines[9].Text);
        Assert.Equal("It does. If approvals happened from a phone in under a minute, what would that change for your team?", lines[10].Text);
        Assert.Equal("We'd stop paying late fees, and I could close the books two days earlier.", lines[11].Text);
        Assert.DoesNotContain(lines, l => l.Text.Contains('<') || l.Text.Contains("&amp;") || l.Text.Contains("&#"));
    }

    [Fact]
    public void Zoom_name_prefixes_give_the_speaker_and_numeric_ids_and_comma_times_are_read()
    {
        var lines = ParseSample("zoom-demo.vtt", TranscriptFormat.WebVtt, "marcus lee").Lines;

        Assert.Equal(7, lines.Count);
        Assert.Equal(("Marcus Lee", Speaker.Rep), (lines[0].Name, lines[0].Speaker));
        Assert.Equal(("Sarah O'Connor", Speaker.Customer), (lines[1].Name, lines[1].Speaker));
        Assert.Equal(
            "Our goal is simple: fewer truck rolls. Right now a tech drives across town, finds out the part isn't on the van, and drives back.",
            lines[3].Text);
        Assert.Equal(17020, lines[3].StartMs);
        Assert.Equal(17, lines[3].SourceLine);
    }

    [Fact]
    public void A_cue_whose_colon_is_part_of_a_sentence_has_no_name_and_counts_as_the_customer()
    {
        var line = ParseSample("zoom-demo.vtt", TranscriptFormat.WebVtt, "Marcus Lee").Lines[4];

        Assert.Null(line.Name);
        Assert.Equal(Speaker.Customer, line.Speaker);
        Assert.StartsWith("We looked at two tools last year, ServiceTitan and one other: both", line.Text);
    }

    [Fact]
    public void Chinese_cues_take_names_before_a_full_width_colon_and_join_wrapped_lines_without_a_space()
    {
        var transcript = ParseSample("chinese-renewal.vtt", TranscriptFormat.WebVtt, "王经理");

        Assert.Equal(["王经理", "李总", "王经理", "李总", "张工"], transcript.Lines.Select(l => l.Name));
        Assert.Equal([Speaker.Rep, Speaker.Customer, Speaker.Rep, Speaker.Customer, Speaker.Customer],
            transcript.Lines.Select(l => l.Speaker));
        Assert.Equal("你好。先说清楚，今年预算压得很紧，财务那边要求所有软件费用都要降百分之十。", transcript.Lines[1].Text);
        Assert.Equal("对账快了很多，以前月底要加三天班，现在一天就能结账。不过 mobile 端审批还是不太好用。", transcript.Lines[3].Text);
        Assert.Equal("对，出差的时候经常打不开附件。", transcript.Lines[4].Text);
    }

    [Fact]
    public void Without_rep_names_the_first_speaker_is_guessed_to_be_the_rep()
    {
        var transcript = ParseSample("chinese-renewal.vtt", TranscriptFormat.WebVtt);

        Assert.True(transcript.SidesGuessed);
        Assert.Equal([Speaker.Rep, Speaker.Customer, Speaker.Rep, Speaker.Customer, Speaker.Customer],
            transcript.Lines.Select(l => l.Speaker));
    }

    [Fact]
    public void Cr_line_ends_class_voice_tags_ruby_lang_spans_and_encoded_names_are_read()
    {
        var vtt = "WEBVTT\r\rNOTE\rexported\r\r00:01.000 --> 00:04.000\r<v.loud.fast Ana Silva><lang en>We can go live in <b>two</b> weeks.</lang>\r\r"
            + "00:05.000 --> 00:07.000\r<v Li &amp; Wei><ruby>漢<rt>han</rt></ruby>字&lrm;没问题</v>\r";

        var lines = Parse(vtt, TranscriptFormat.WebVtt, "Ana Silva").Lines;

        Assert.Equal(("Ana Silva", "We can go live in two weeks.", 1000L, 7), (lines[0].Name, lines[0].Text, lines[0].StartMs!.Value, lines[0].SourceLine));
        Assert.Equal(("Li & Wei", "漢字没问题", 5000L), (lines[1].Name, lines[1].Text, lines[1].StartMs!.Value));
    }

    [Fact]
    public void Style_and_region_blocks_and_header_lines_are_skipped()
    {
        var vtt = """
            WEBVTT Kind: captions
            Language: en

            STYLE
            ::cue { color: yellow }

            REGION
            id:fred width:40%

            00:00:01.000 --> 00:00:02.000 region:fred
            Ana Silva: Shall we book the pilot for March?
            """;

        var line = Assert.Single(Parse(vtt, TranscriptFormat.WebVtt, "Ana Silva").Lines);

        Assert.Equal(("Ana Silva", "Shall we book the pilot for March?", 11), (line.Name, line.Text, line.SourceLine));
    }

    [Fact]
    public void A_cue_right_after_the_header_without_a_blank_line_is_not_lost()
    {
        var lines = Parse("WEBVTT\n00:00:01.000 --> 00:00:02.000\nAna: Hello.\n\n00:00:03.000 --> 00:00:04.000\nBo: Hi.\n", TranscriptFormat.WebVtt, "Ana").Lines;

        Assert.Equal(["Hello.", "Hi."], lines.Select(l => l.Text));
    }

    [Fact]
    public void A_file_without_the_webvtt_header_is_rejected_at_line_1()
    {
        var error = Error("1\n00:00:01.000 --> 00:00:02.000\nAna: Hello\n", TranscriptFormat.WebVtt);

        Assert.Equal(1, error.Line);
        Assert.StartsWith("Line 1: ", error.Message);
        Assert.Contains("WEBVTT", error.Message);
    }

    [Theory]
    [InlineData("00:01 --> 00:00:02.000")]
    [InlineData("00:00:01.000 -> 00:00:02.000")]
    [InlineData("00:00:61.000 --> 00:01:02.000")]
    [InlineData("00:00:01.000 --> soon")]
    public void A_malformed_timing_line_is_rejected_naming_its_line(string timing)
    {
        var vtt = $"WEBVTT\n\n1\n00:00:00.500 --> 00:00:01.000\nAna: Hi Bo.\n\n2\n{timing}\nBo: Hi Ana.\n";

        var error = Error(vtt, TranscriptFormat.WebVtt, "Ana");

        Assert.Equal(8, error.Line);
        Assert.Equal($"Line 8: the cue timing '{timing}' is not HH:MM:SS.mmm --> HH:MM:SS.mmm.", error.Message);
    }

    [Fact]
    public void Text_where_a_cue_should_start_is_rejected_naming_its_line()
    {
        var vtt = "WEBVTT\n\n00:00:00.500 --> 00:00:01.000\nAna: Hi Bo.\n\nand then a stray line\n";

        var error = Error(vtt, TranscriptFormat.WebVtt, "Ana");

        Assert.Equal(6, error.Line);
        Assert.Contains("'and then a stray line' is neither a cue timing", error.Message);
    }

    [Fact]
    public void A_file_with_only_a_header_has_no_utterances()
    {
        var error = Error("WEBVTT\n\nNOTE nothing was said\n", TranscriptFormat.WebVtt);

        Assert.Null(error.Line);
        Assert.Contains("no utterances", error.Message);
    }
}
