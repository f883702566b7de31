using System.Text;
using BenchmarkDotNet.Attributes;
using Coach.Analysis.Transcripts;

namespace Coach.Benchmarks;

/// <summary>Parsing the WebVTT transcript of a one-hour Teams call (700 cues) as it is uploaded, in bytes.</summary>
[MemoryDiagnoser]
public class TranscriptParserBenchmarks
{
    private readonly TranscriptLimits _limits = new();
    private byte[] _oneHourCall = [];

    [GlobalSetup]
    public void Setup() => _oneHourCall = Encoding.UTF8.GetBytes(SyntheticTranscript.Create(700));

    [Benchmark]
    public Transcript ParseOneHourTeamsCall() =>
        TranscriptParser.Parse(_oneHourCall, TranscriptFormat.WebVtt, [SyntheticTranscript.Rep], _limits);
}
