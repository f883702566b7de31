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
    private readonly ThreadLocal<double[]> _scores = new(() => []);
    private readonly ThreadLocal<List<int>> _touched = new(() => []);
    private Snapshot _snapshot = Snapshot.Empty;

    public string Name => "in-process";

    public int Count => _snapshot.Docs.Length;

    /// <summary>Every snippet in the index now.</summary>
    public IReadOnlyCollection<PlaybookSnippet> All() => [.. _snapshot.Docs.Select(d => d.Snippet)];

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
        var situations = query.Situations is { Count: > 0 } ? query.Situations : null;
        bool Passes(int doc)
        {
            var snippet = docs[doc].Snippet;
            if (query.Lang is not null && snippet.Lang != query.Lang)
            {
                return false;
            }

            if (situations is null)
            {
                return true;
            }

            // Indexed loops: this runs for every matching document, and LINQ or foreach over the
            // interface allocated a delegate or an enumerator each time.
            var own = snippet.Situations;
            for (var j = 0; j < own.Count; j++)
            {
                for (var i = 0; i < situations.Count; i++)
                {
                    if (situations[i] == own[j])
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        // Accumulate only over the documents the query's terms reach (a per-thread buffer and the list
        // of touched documents), then keep the best few.
        var scores = _scores.Value!;
        if (scores.Length < docs.Length)
        {
            _scores.Value = scores = new double[docs.Length];
        }

        var touched = _touched.Value!;
        touched.Clear();
        var terms = SearchTokenizer.Terms(query.Text).Distinct().Where(snap.Postings.ContainsKey).ToList();
        if (terms.Count > 1)
        {
            // Terms in more than a quarter of the snippets (的, 客户, follow) weigh little in BM25 and cost
            // the most to score; drop them unless nothing else is left.
            var informative = terms.Where(t => snap.Postings[t].Length * 4 <= docs.Length).ToList();
            terms = informative.Count > 0 ? informative : terms;
        }

        foreach (var term in terms)
        {
            if (!snap.Postings.TryGetValue(term, out var postings))
            {
                continue;
            }

            var idf = Idf(docs.Length, postings.Length);
            foreach (var (doc, tf) in postings)
            {
                if (scores[doc] == 0)
                {
                    touched.Add(doc);
                }

                scores[doc] += idf * tf * (K1 + 1) / (tf + docs[doc].Norm);
            }
        }

        var best = new PriorityQueue<int, (double Score, int Doc)>(query.Limit + 1, TopComparer.Instance);
        void Offer(int doc, double score)
        {
            best.Enqueue(doc, (score, doc));
            if (best.Count > query.Limit)
            {
                best.Dequeue();
            }
        }

        foreach (var doc in touched)
        {
            if (Passes(doc))
            {
                Offer(doc, scores[doc]);
            }

            scores[doc] = 0;
        }

        if (best.Count == 0 && (situations is not null || string.IsNullOrWhiteSpace(query.Text)))
        {
            // No term matched: the situation filter alone chooses (or, for an empty query, the language filter).
            var pool = situations is null ? Enumerable.Range(0, docs.Length) : SituationPool(snap, situations);
            foreach (var doc in pool.Where(Passes))
            {
                Offer(doc, 0);
            }
        }

        var hits = new List<PlaybookIndexHit>(best.Count);
        while (best.TryDequeue(out var doc, out var key))
        {
            hits.Add(new PlaybookIndexHit(docs[doc].Snippet, key.Score));
        }

        hits.Reverse();
        return hits;
    }

    private static double Idf(int documents, int withTerm) => Math.Log(1 + (documents - withTerm + 0.5) / (withTerm + 0.5));

    private static List<int> SituationPool(Snapshot snap, IReadOnlyList<string> situations) =>
        [.. situations.SelectMany(s => snap.BySituation.GetValueOrDefault(s, [])).Distinct()];

    /// <summary>Orders the heap worst first: lower score, then later document (ids are sorted, so ties go by id).</summary>
    private sealed class TopComparer : IComparer<(double Score, int Doc)>
    {
        public static readonly TopComparer Instance = new();

        public int Compare((double Score, int Doc) x, (double Score, int Doc) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }

    /// <summary>A snippet with its BM25 length normaliser, K1 * (1 - B + B * length / average length).</summary>
    private sealed record Doc(PlaybookSnippet Snippet, int Length)
    {
        public double Norm { get; set; }
    }

    private sealed record Snapshot(
        Doc[] Docs,
        FrozenDictionary<string, (int Doc, int Tf)[]> Postings,
        FrozenDictionary<string, int[]> BySituation,
        double AverageLength)
    {
        public static readonly Snapshot Empty = new([], FrozenDictionary<string, (int, int)[]>.Empty,
            FrozenDictionary<string, int[]>.Empty, 1);

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
            foreach (var d in docs)
            {
                d.Norm = K1 * (1 - B + B * d.Length / average);
            }

            var bySituation = docs.SelectMany((d, i) => d.Snippet.Situations.Select(s => (s, i)))
                .GroupBy(x => x.s).ToFrozenDictionary(g => g.Key, g => g.Select(x => x.i).ToArray());
            return new Snapshot([.. docs], postings.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray()), bySituation, average);
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
