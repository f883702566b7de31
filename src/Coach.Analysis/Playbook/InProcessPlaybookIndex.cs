using System.Collections.Frozen;

namespace Coach.Analysis.Playbook;

/// <summary>
/// The default index: BM25 over title, keywords and body, in memory, rebuilt as a whole on each
/// change (a snapshot swapped atomically, so searches never see a half-built index and need no lock).
/// Writing BM25 here rather than using Lucene.NET keeps the default dependency-free and lets the
/// same terms feed Qdrant's sparse vectors; the playbook is small enough that a rebuild takes milliseconds.
/// </summary>
public sealed class InProcessPlaybookIndex : IPlaybookIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int TitleWeight = 2;
    private const int KeywordWeight = 2;

    private readonly Lock _writeLock = new();
    private Snapshot _snapshot = Snapshot.Empty;

    public string Name => "in-process";

    public int Count => _snapshot.Docs.Length;

    public Task UpsertAsync(IReadOnlyCollection<PlaybookSnippet> snippets, CancellationToken ct)
    {
        lock (_writeLock)
        {
            var byId = _snapshot.Docs.ToDictionary(d => d.Snippet.Id, d => d.Snippet);
            foreach (var s in snippets)
            {
                byId[s.Id] = s;
            }

            _snapshot = Snapshot.Build(byId.Values);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        lock (_writeLock)
        {
            var gone = ids.ToHashSet();
            _snapshot = Snapshot.Build(_snapshot.Docs.Select(d => d.Snippet).Where(s => !gone.Contains(s.Id)));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PlaybookIndexHit>> SearchAsync(PlaybookQuery query, CancellationToken ct) =>
        Task.FromResult(Search(query));

    public IReadOnlyList<PlaybookIndexHit> Search(PlaybookQuery query)
    {
        var snap = _snapshot;
        var docs = snap.Docs;
        var scores = new double[docs.Length];
        foreach (var term in SearchTokenizer.Terms(query.Text).Distinct())
        {
            if (!snap.Postings.TryGetValue(term, out var postings))
            {
                continue;
            }

            var idf = Math.Log(1 + (docs.Length - postings.Length + 0.5) / (postings.Length + 0.5));
            foreach (var (doc, tf) in postings)
            {
                var norm = K1 * (1 - B + B * docs[doc].Length / snap.AverageLength);
                scores[doc] += idf * tf * (K1 + 1) / (tf + norm);
            }
        }

        var situations = query.Situations is { Count: > 0 } ? query.Situations.ToHashSet() : null;
        var hits = new List<PlaybookIndexHit>();
        var anyText = false;
        for (var i = 0; i < docs.Length; i++)
        {
            var s = docs[i].Snippet;
            if ((query.Lang is not null && s.Lang != query.Lang) ||
                (situations is not null && !s.Situations.Any(situations.Contains)))
            {
                continue;
            }

            anyText |= scores[i] > 0;
            hits.Add(new PlaybookIndexHit(s, scores[i]));
        }

        // With words in the query only lexical matches count; without, the filter alone chooses.
        var result = (anyText ? hits.Where(h => h.Score > 0) : hits)
            .OrderByDescending(h => h.Score).ThenBy(h => h.Snippet.Id, StringComparer.Ordinal)
            .Take(query.Limit)
            .ToList();
        return result;
    }

    private sealed record Doc(PlaybookSnippet Snippet, int Length);

    private sealed record Snapshot(Doc[] Docs, FrozenDictionary<string, (int Doc, int Tf)[]> Postings, double AverageLength)
    {
        public static readonly Snapshot Empty = new([], FrozenDictionary<string, (int, int)[]>.Empty, 1);

        public static Snapshot Build(IEnumerable<PlaybookSnippet> snippets)
        {
            var docs = new List<Doc>();
            var postings = new Dictionary<string, List<(int, int)>>();
            foreach (var s in snippets.OrderBy(s => s.Id, StringComparer.Ordinal))
            {
                var tf = new Dictionary<string, int>();
                Count(tf, SearchTokenizer.Terms(s.Title), TitleWeight);
                Count(tf, s.Keywords.SelectMany(SearchTokenizer.Terms), KeywordWeight);
                Count(tf, SearchTokenizer.Terms(s.Text), 1);
                var index = docs.Count;
                docs.Add(new Doc(s, tf.Values.Sum()));
                foreach (var (term, n) in tf)
                {
                    if (!postings.TryGetValue(term, out var list))
                    {
                        postings[term] = list = [];
                    }

                    list.Add((index, n));
                }
            }

            var average = docs.Count == 0 ? 1 : docs.Average(d => (double)d.Length);
            return new Snapshot([.. docs], postings.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray()), average);
        }

        private static void Count(Dictionary<string, int> tf, IEnumerable<string> terms, int weight)
        {
            foreach (var t in terms)
            {
                tf[t] = tf.GetValueOrDefault(t) + weight;
            }
        }
    }
}
