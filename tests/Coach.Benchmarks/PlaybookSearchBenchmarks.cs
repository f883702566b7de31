using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using Coach.Analysis.Classification;
using Coach.Analysis.Playbook;

namespace Coach.Benchmarks;

/// <summary>
/// Playbook search over 10,000 snippets in process (target p99 ≤ 5 ms; BenchmarkDotNet reports up to
/// P95 and the maximum, <c>SearchLatency</c> prints p99), and indexing 10,000 snippets (target ≤ 5 s).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class PlaybookSearchBenchmarks
{
    internal static readonly string[] Queries =
    [
        "客户嫌贵", "they say they're happy with HubSpot", "客户说已经在用金蝶了", "how do I ask implication questions",
        "老板说了不算 要总部批", "prospect wants a two week pilot", "选择成交法 话术", "follow up after the demo",
        "客户问最快什么时候能上线", "the gatekeeper won't put me through to the CFO",
    ];

    private PlaybookSearch _search = null!;
    private List<PlaybookSnippet> _snippets = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _snippets = SyntheticPlaybook.Create(10_000);
        var index = new InProcessPlaybookIndex();
        index.UpsertAsync(_snippets, CancellationToken.None).GetAwaiter().GetResult();
        var models = Environment.GetEnvironmentVariable("COACH_MODELS") ?? Path.Combine(AppContext.BaseDirectory, "models");
        _search = new PlaybookSearch(index, QueryUnderstanding.Load(UtteranceClassifier.Load(models), SyntheticPlaybook.ShippedFolder, models));
    }

    [Benchmark]
    public int SearchTenThousandSnippets() =>
        _search.SearchAsync(Queries[_next++ % Queries.Length], null, null, 3, CancellationToken.None).GetAwaiter().GetResult().Count;

    [Benchmark]
    public int IndexTenThousandSnippets()
    {
        var index = new InProcessPlaybookIndex();
        index.UpsertAsync(_snippets, CancellationToken.None).GetAwaiter().GetResult();
        return index.Count;
    }

    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig()
        {
            AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
            SummaryStyle = SummaryStyle.Default.WithMaxParameterColumnWidth(40);
        }
    }
}
