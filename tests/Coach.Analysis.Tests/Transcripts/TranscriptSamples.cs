using Coach.Analysis.Transcripts;

namespace Coach.Analysis.Tests.Transcripts;

/// <summary>The sample transcripts the test project copies beside itself, and parsing shortcuts.</summary>
internal static class TranscriptSamples
{
    public static readonly TranscriptLimits Limits = new();

    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Transcripts", "Samples", name));

    public static Transcript ParseSample(string name, TranscriptFormat format, params string[] repNames) =>
        TranscriptParser.Parse(Bytes(name), format, repNames, Limits);

    public static Transcript Parse(string content, TranscriptFormat format, params string[] repNames) =>
        TranscriptParser.Parse(content, format, repNames, Limits);

    public static TranscriptFormatException Error(string content, TranscriptFormat format, params string[] repNames) =>
        Assert.Throws<TranscriptFormatException>(() => Parse(content, format, repNames));
}
