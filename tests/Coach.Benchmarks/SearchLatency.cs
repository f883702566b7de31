using System.Diagnostics;
using Coach.Analysis.Classification;
using Coach.Analysis.Playbook;

namespace Coach.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Coach.Benchmarks -- search-latency</c>: p50/p95/p99 of single
/// searches over 10,000 snippets, and the time to index them, as plain numbers.
/// </summary>
internal static class SearchLatency
{
    public static async Task RunAsync()
    {
        var snippets = SyntheticPlaybook.Create(10_000);
        var index = new InProcessPlaybookIndex();
        var clock = Stopwatch.StartNew();
        await index.UpsertAsync(snippets, CancellationToken.None);
        Console.WriteLine($"indexed {index.Count} snippets in {clock.Elapsed.TotalMilliseconds:0} ms");

        var models = Environment.GetEnvironmentVariable("COACH_MODELS") ?? Path.Combine(AppContext.BaseDirectory, "models");
        var search = new PlaybookSearch(index, QueryUnderstanding.Load(UtteranceClassifier.Load(models), SyntheticPlaybook.ShippedFolder, models));
        for (var i = 0; i < 3_000; i++)
        {
            await search.SearchAsync(PlaybookSearchBenchmarks.Queries[i % PlaybookSearchBenchmarks.Queries.Length], null, null, 3, CancellationToken.None);
        }

        var samples = new List<double>();
        for (var i = 0; i < 5_000; i++)
        {
            clock.Restart();
            await search.SearchAsync(PlaybookSearchBenchmarks.Queries[i % PlaybookSearchBenchmarks.Queries.Length], null, null, 3, CancellationToken.None);
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            SearchTokenizer.Terms(PlaybookSearchBenchmarks.Queries[i % PlaybookSearchBenchmarks.Queries.Length]);
        }

        var tokenizerBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            index.Search(new PlaybookQuery(PlaybookSearchBenchmarks.Queries[i % PlaybookSearchBenchmarks.Queries.Length], null, null, 50));
        }

        var lexicalBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            await search.SearchAsync(PlaybookSearchBenchmarks.Queries[i % PlaybookSearchBenchmarks.Queries.Length], null, null, 3, CancellationToken.None);
        }

        var searchBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            index.Search(new PlaybookQuery(PlaybookSearchBenchmarks.Queries[i % PlaybookSearchBenchmarks.Queries.Length], null,
                [Situations.All[i % Situations.All.Count]], 12));
        }

        var filteredBytes = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
        var understandingProbe = QueryUnderstanding.Load(UtteranceClassifier.Load(models), SyntheticPlaybook.ShippedFolder, models);
        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            understandingProbe.Situations(PlaybookSearchBenchmarks.Queries[i % PlaybookSearchBenchmarks.Queries.Length]);
        }

        Console.WriteLine($"allocated per call: filtered pass {filteredBytes} B, understanding {(GC.GetAllocatedBytesForCurrentThread() - before) / 100} B");
        Console.WriteLine($"allocated per call: tokenizer {tokenizerBytes} B, lexical pass {lexicalBytes} B, whole search {searchBytes} B");
        var understandingSamples = new List<double>();
        var understanding = QueryUnderstanding.Load(UtteranceClassifier.Load(models), SyntheticPlaybook.ShippedFolder, models);
        for (var i = 0; i < 2_000; i++)
        {
            clock.Restart();
            understanding.Situations(PlaybookSearchBenchmarks.Queries[i % PlaybookSearchBenchmarks.Queries.Length]);
            understandingSamples.Add(clock.Elapsed.TotalMilliseconds);
        }

        understandingSamples.Sort();
        var lexicalSamples = new List<double>();
        for (var i = 0; i < 2_000; i++)
        {
            clock.Restart();
            index.Search(new PlaybookQuery(PlaybookSearchBenchmarks.Queries[i % PlaybookSearchBenchmarks.Queries.Length], null, null, 50));
            lexicalSamples.Add(clock.Elapsed.TotalMilliseconds);
        }

        lexicalSamples.Sort();
        var filteredSamples = new List<double>();
        var situations = Situations.All;
        for (var i = 0; i < 2_000; i++)
        {
            clock.Restart();
            index.Search(new PlaybookQuery(PlaybookSearchBenchmarks.Queries[i % PlaybookSearchBenchmarks.Queries.Length], null,
                [situations[i % situations.Count]], 12));
            filteredSamples.Add(clock.Elapsed.TotalMilliseconds);
        }

        filteredSamples.Sort();
        Console.WriteLine($"of which one pass filtered by a situation: p50 {filteredSamples[1000]:0.000} ms  p99 {filteredSamples[1980]:0.000} ms");
        Console.WriteLine($"of which one unfiltered lexical pass: p50 {lexicalSamples[1000]:0.000} ms  p99 {lexicalSamples[1980]:0.000} ms");
        Console.WriteLine($"of which query understanding (cues + classifiers): p50 {understandingSamples[1000]:0.000} ms  p99 {understandingSamples[1980]:0.000} ms");
        double P(double q) => samples[(int)Math.Min(samples.Count - 1, Math.Ceiling(q * samples.Count) - 1)];
        Console.WriteLine($"search over {index.Count} snippets, {samples.Count} queries: p50 {P(0.50):0.000} ms  p95 {P(0.95):0.000} ms  p99 {P(0.99):0.000} ms  max {samples[^1]:0.000} ms");
    }
}
