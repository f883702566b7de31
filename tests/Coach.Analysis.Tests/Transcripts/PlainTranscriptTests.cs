using Coach.Analysis.Classification;
using Coach.Analysis.Transcripts;
using static Coach.Analysis.Tests.Transcripts.TranscriptSamples;

namespace Coach.Analysis.Tests.Transcripts;

public sealed class PlainTranscriptTests
{
    [Fact]
    public void Leading_times_in_brackets_parentheses_or_bare_become_start_times()
    {
        var lines = ParseSample("plain-with-times.txt", TranscriptFormat.PlainText, "Emily Carter").Lines;

        Assert.Equal([4000L, 9000L, 15000L, 31000L, 48000L, 62500L], lines.Select(l => l.StartMs!.Value));
        Assert.Equal(["Emily Carter", "Jan Novak", "Emily Carter", "Jan Novak", "Emily Carter", "Jan Novak"], lines.Select(l => l.Name));
        Assert.Equal([Speaker.Rep, Speaker.Customer, Speaker.Rep, Speaker.Customer, Speaker.Rep, Speaker.Customer],
            lines.Select(l => l.Speaker));
    }

    [Fact]
    public void A_line_without_a_name_continues_the_utterance_before_it()
    {
        var lines = ParseSample("plain-with-times.txt", TranscriptFormat.PlainText, "Emily Carter").Lines;

        Assert.Equal(
            "Perfect. Last time you mentioned your warehouse team still reconciles stock counts in spreadsheets every Friday.",
            lines[2].Text);
        Assert.Equal("Every Friday, yes. Two people, most of the afternoon. And the counts are still wrong by Monday.", lines[3].Text);
        Assert.Equal([1, 2, 4, 6, 8, 9], lines.Select(l => l.SourceLine));
    }

    [Fact]
    public void Abbreviations_and_colons_inside_the_text_stay_in_the_text()
    {
        var lines = ParseSample("plain-with-times.txt", TranscriptFormat.PlainText, "Emily Carter").Lines;

        Assert.Equal("Good afternoon, Mr. Novak. Thanks for joining the call.", lines[0].Text);
        Assert.Equal("Last month we promised 400 units we did not have. The customer cancelled.", lines[5].Text);
    }

    [Fact]
    public void Chinese_lines_without_times_use_full_width_colons_and_wrap_without_spaces()
    {
        var transcript = ParseSample("plain-chinese.txt", TranscriptFormat.PlainText, "王磊");

        Assert.Equal(["王磊", "李总", "王磊", "李总"], transcript.Lines.Select(l => l.Name));
        Assert.All(transcript.Lines, l => Assert.Null(l.StartMs));
        Assert.Equal("对，我看了。你们的价格比我们现在用的系统贵不少，这个我得先跟你说清楚。", transcript.Lines[1].Text);
        Assert.Equal(Speaker.Rep, transcript.Lines[2].Speaker);
        Assert.Equal(5, transcript.Lines[2].SourceLine);
    }

    [Fact]
    public void A_first_line_without_a_name_is_rejected_naming_its_line()
    {
        var error = Error("\n\nCall with Norfield, 3 March\nDaniel: Hi Priya.\n", TranscriptFormat.PlainText);

        Assert.Equal(3, error.Line);
        Assert.StartsWith("Line 3: expected 'Name: text'", error.Message);
        Assert.Contains("'Call with Norfield, 3 March'", error.Message);
    }

    [Fact]
    public void A_name_longer_than_sixty_characters_is_not_a_name()
    {
        var longPrefix = "So what I would really like to understand before we go any further";
        var transcript = Parse($"Daniel: Quick question.\n{longPrefix}: is the budget approved?\n", TranscriptFormat.PlainText, "Daniel");

        var line = Assert.Single(transcript.Lines);
        Assert.Equal($"Quick question. {longPrefix}: is the budget approved?", line.Text);
    }

    [Fact]
    public void A_clock_time_in_a_wrapped_line_stays_in_the_text()
    {
        var transcript = Parse("Priya: Let's meet Thursday at\n10:30 works for me.\n", TranscriptFormat.PlainText, "Daniel", "Priya");

        Assert.Equal("Let's meet Thursday at 10:30 works for me.", Assert.Single(transcript.Lines).Text);
    }
}
