using Coach.Analysis.Text;

namespace Coach.Analysis.Playbook;

/// <summary>
/// Playbook search: lexical candidates from the index, plus the snippets of the situations the query
/// describes (so a Chinese description finds English snippets too), ranked by a fusion of the
/// lexical score and the situation match.
/// </summary>
public sealed class PlaybookSearch(IPlaybookIndex index, QueryUnderstanding understanding)
{
    private const int LexicalCandidates = 50;
    private const int PerSituationCandidates = 12;
    private const double LexicalWeight = 0.8;
    private const double SecondarySituation = 0.6;
    private const double SameLanguageBonus = 0.15;

    public IPlaybookIndex Index => index;

    public async Task<IReadOnlyList<PlaybookHit>> SearchAsync(string q, string? lang, string? situation, int top,
        CancellationToken ct)
    {
        var filter = situation is null ? null : new[] { situation };
        var weights = understanding.Situations(q);
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

        Add(await index.SearchAsync(new PlaybookQuery(q, lang, filter, LexicalCandidates), ct));
        foreach (var (id, _) in weights.OrderByDescending(kv => kv.Value).Take(3))
        {
            if (situation is null || situation == id)
            {
                Add(await index.SearchAsync(new PlaybookQuery(q, lang, [id], PerSituationCandidates), ct));
            }
        }

        var maxLexical = candidates.Count == 0 ? 0 : candidates.Values.Max(c => c.Score);
        return [.. candidates.Values
            .Select(c => (Hit: c, Score: Fuse(c, maxLexical, weights, lang is null ? queryLang : null)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Hit.Snippet.Id, StringComparer.Ordinal)
            .Take(top)
            .Select(x => new PlaybookHit(x.Hit.Snippet.Id, x.Hit.Snippet.Title, x.Hit.Snippet.Lang, x.Hit.Snippet.Situations,
                x.Hit.Snippet.Text, Math.Round(x.Score, 4)))];
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
