using BenchmarkDotNet.Attributes;
using Coach.Analysis.Privacy;

namespace Coach.Benchmarks;

/// <summary>
/// Masking personal data in one live utterance with the default options: a line with nothing to mask
/// (most lines; it should cost a scan and allocate nothing), a line with an amount (digits, nothing to mask)
/// and a line with a phone number.
/// </summary>
[MemoryDiagnoser]
public class RedactorBenchmarks
{
    private readonly Redactor _redactor = new(new RedactionOptions());

    [Params(
        "clean:每到月底财务都要加两三天班对账,真的很头疼",
        "amount:That's well over the ¥128,000 we budgeted for 2026.",
        "phone:我的手机是138 1234 5678，有问题直接打给我")]
    public string Line { get; set; } = "";

    private string _text = "";

    [GlobalSetup]
    public void Setup() => _text = Line[(Line.IndexOf(':') + 1)..];

    [Benchmark]
    public RedactionResult Redact() => _redactor.Redact(_text);
}
