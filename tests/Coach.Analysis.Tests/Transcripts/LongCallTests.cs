using Coach.Analysis.Classification;
using Coach.Analysis.Transcripts;
using Coach.Benchmarks;
using static Coach.Analysis.Tests.Transcripts.TranscriptSamples;

namespace Coach.Analysis.Tests.Transcripts;

public sealed class LongCallTests
{
    [Fact]
    public void A_one_hour_teams_call_of_700_cues_gives_700_utterances_in_time_order()
    {
        var vtt = SyntheticTranscript.Create(700);

        var transcript = Parse(vtt, TranscriptFormat.WebVtt, SyntheticTranscript.Rep);

        Assert.Equal(700, transcript.Lines.Count);
        Assert.Equal(transcript.Lines.OrderBy(l => l.StartMs).Select(l => l.SourceLine), transcript.Lines.Select(l => l.SourceLine));
        Assert.InRange(transcript.Lines[^1].StartMs!.Value, 50 * 60_000L, 70 * 60_000L);
        Assert.Contains(transcript.Lines, l => l.Speaker == Speaker.Rep);
        Assert.Equal(3, transcript.Lines.Select(l => l.Name).Distinct().Count());
        Assert.All(transcript.Lines, l => Assert.Equal(l.Name == SyntheticTranscript.Rep ? Speaker.Rep : Speaker.Customer, l.Speaker));
        Assert.DoesNotContain(transcript.Lines, l => l.Text.Contains("&amp;") || l.Text.Contains("&#") || l.Text.Contains('\n'));
        Assert.All(transcript.Lines.Where((_, i) => i % 5 == 4),
            l => Assert.Contains(SyntheticTranscript.Continuations, c => l.Text.EndsWith(" " + c, StringComparison.Ordinal)));
    }
}
