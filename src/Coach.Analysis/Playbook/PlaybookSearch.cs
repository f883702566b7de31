using Coach.Analysis.Text;

namespace Coach.Analysis.Playbook;

/// <summary>
/// Playbook search: lexical candidates from the index, plus the snippets of the situations the query
/// describes (so a Chinese description finds English snippets too), ranked by a fusion of the
/// lexical score and the situation match.
/// </summary>
public sealed class PlaybookSearch(IPlaybookIndex index, QueryUnderstanding understanding,
    Semantic.SemanticRanker? semantic = null, double semanticWeight = 0.6)
{
    private const int LexicalCandidates = 50;
    private const int PerSituationCandidates = 12;
    private const double LexicalWeight = 0.8;
    private const double SecondarySituation = 0.6;
    private const double SameLanguageBonus = 0.15;
    private const int VotingHits = 10;
    private const double VoteWeight = 0.5;

    /// <summary>
    /// The snippets of one known situation, ranked by the words of a line (no reading of the query's
    /// situation: the caller knows it). What the live coach uses for each suggestion, so it stays cheap.
    /// </summary>
    public async Task<IReadOnlyList<PlaybookHit>> WithinSituationAsync(string text, string? lang, string situation, int top,
        CancellationToken ct)
    {
        var hits = await index.SearchAsync(new PlaybookQuery(text, lang, [situation], top * 4), ct);
        return [.. hits
            .Select(h => (Hit: h, Main: h.Snippet.Situations[0] == situation))
            .OrderByDescending(x => x.Main).ThenByDescending(x => x.Hit.Score).ThenBy(x => x.Hit.Snippet.Id, StringComparer.Ordinal)
            .Take(top)
            .Select(x => PlaybookHit.Of(x.Hit.Snippet, x.Hit.Score))];
    }

    public async Task<IReadOnlyList<PlaybookHit>> SearchAsync(string q, string? lang, string? situation, int top,
        CancellationToken ct)
    {
        var filter = situation is null ? null : new[] { situation };
        IReadOnlyDictionary<string, double> weights = understanding.Situations(q);
        var queryLang = Language.Detect(q);

        var candidates = new Dictionary<string, PlaybookIndexHit>();
        void Add(IEnumerable<PlaybookIndexHit> hits)
        {
            foreach (var h in hits)
            {
                if (!candidates.TryGetValue(h.Snippet.Id, out var seen) || seen.Score < h.Score)
                {
                    candidates[h.Snippet.Id] = h;
                }
            }
        }

        var lexical = await index.SearchAsync(new PlaybookQuery(q, lang, filter, LexicalCandidates), ct);
        Add(lexical);
        weights = WithSituationVotes(weights, lexical);
        foreach (var (id, _) in weights.OrderByDescending(kv => kv.Value).Take(3))
        {
            if (situation is null || situation == id)
            {
                Add(await index.SearchAsync(new PlaybookQuery(q, lang, [id], PerSituationCandidates), ct));
            }
        }

        var similarity = new Dictionary<string, double>();
        if (semantic is { IsReady: true } && !string.IsNullOrWhiteSpace(q))
        {
            foreach (var (snippet, sim) in await semantic.NearestAsync(q, lang, situation, PerSituationCandidates * 2, ct))
            {
                similarity[snippet.Id] = sim;
                candidates.TryAdd(snippet.Id, new PlaybookIndexHit(snippet, 0));
            }
        }

        var maxLexical = candidates.Count == 0 ? 0 : candidates.Values.Max(c => c.Score);
        var maxSimilarity = similarity.Count == 0 ? 0 : similarity.Values.Max();
        return [.. candidates.Values
            .Select(c => (Hit: c, Score: Fuse(c, maxLexical, weights, lang is null ? queryLang : null)
                + (maxSimilarity > 0 ? semanticWeight * Math.Max(0, similarity.GetValueOrDefault(c.Snippet.Id)) / maxSimilarity : 0)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Hit.Snippet.Id, StringComparer.Ordinal)
            .Take(top)
            .Select(x => PlaybookHit.Of(x.Hit.Snippet, x.Score))];
    }

    /// <summary>
    /// Pseudo-relevance feedback at the level of situations: the best lexical matches vote for their
    /// main situation, so a situation whose snippets share many of the query's words gains weight even
    /// when no cue word names it.
    /// </summary>
    private static IReadOnlyDictionary<string, double> WithSituationVotes(IReadOnlyDictionary<string, double> weights,
        IReadOnlyList<PlaybookIndexHit> lexical)
    {
        if (lexical.Count == 0 || lexical[0].Score <= 0)
        {
            return weights;
        }

        var votes = new Dictionary<string, double>();
        for (var i = 0; i < Math.Min(VotingHits, lexical.Count); i++)
        {
            var main = lexical[i].Snippet.Situations[0];
            votes[main] = votes.GetValueOrDefault(main) + lexical[i].Score / lexical[0].Score / (1 + 0.3 * i);
        }

        var best = votes.Values.Max();
        var merged = new Dictionary<string, double>(weights);
        foreach (var (id, vote) in votes)
        {
            merged[id] = Math.Max(merged.GetValueOrDefault(id), VoteWeight * vote / best);
        }

        return merged;
    }

    private static double Fuse(PlaybookIndexHit hit, double maxLexical, IReadOnlyDictionary<string, double> weights,
        string? preferredLang)
    {
        var lexical = maxLexical > 0 ? hit.Score / maxLexical : 0;
        var situational = 0.0;
        var situations = hit.Snippet.Situations;
        for (var i = 0; i < situations.Count; i++)
        {
            if (weights.TryGetValue(situations[i], out var w))
            {
                situational = Math.Max(situational, i == 0 ? w : w * SecondarySituation);
            }
        }

        var language = preferredLang is not null && hit.Snippet.Lang == preferredLang ? SameLanguageBonus : 0;
        return LexicalWeight * lexical + situational + language;
    }
}
