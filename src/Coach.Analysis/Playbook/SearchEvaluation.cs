using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coach.Analysis.Playbook;

/// <summary>One labeled search query: what a rep typed and the situation it describes.</summary>
public sealed record SearchQueryCase(
    [property: JsonPropertyName("q")] string Q,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("situation")] string Situation);

/// <summary>Hit@1, Hit@3 and MRR of the first ten hits, overall and per language.</summary>
public sealed record SearchScores(
    [property: JsonPropertyName("queries")] int Queries,
    [property: JsonPropertyName("hitAt1")] double HitAt1,
    [property: JsonPropertyName("hitAt3")] double HitAt3,
    [property: JsonPropertyName("mrr")] double Mrr);

public sealed record SearchEvaluationReport(
    [property: JsonPropertyName("overall")] SearchScores Overall,
    [property: JsonPropertyName("byLang")] IReadOnlyDictionary<string, SearchScores> ByLang,
    [property: JsonPropertyName("misses")] IReadOnlyList<string> Misses);

/// <summary>Scores playbook search: a hit carries the situation the query describes.</summary>
public static class SearchEvaluation
{
    public static IReadOnlyList<SearchQueryCase> ReadCases(string path)
    {
        var cases = new List<SearchQueryCase>();
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var c = JsonSerializer.Deserialize<SearchQueryCase>(line)
                ?? throw new InvalidDataException($"{path}:{n}: empty line");
            if (string.IsNullOrWhiteSpace(c.Q) || !Situations.IsKnown(c.Situation))
            {
                throw new InvalidDataException($"{path}:{n}: needs a non-empty q and a known situation id");
            }

            cases.Add(c);
        }

        return cases;
    }

    public static async Task<SearchEvaluationReport> RunAsync(PlaybookSearch search, IReadOnlyList<SearchQueryCase> cases,
        CancellationToken ct)
    {
        var ranks = new List<(SearchQueryCase Case, int Rank)>();
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var hits = await search.SearchAsync(c.Q, null, null, 10, ct);
            var rank = hits.Select((h, i) => (h, i)).FirstOrDefault(x => x.h.Situations.Contains(c.Situation)).i + 1;
            if (!hits.Any(h => h.Situations.Contains(c.Situation)))
            {
                rank = 0;
            }

            ranks.Add((c, rank));
            if (rank is 0 or > 3)
            {
                misses.Add($"{c.Situation} <- \"{c.Q}\" (rank {(rank == 0 ? "-" : rank)}; top: {string.Join(" | ", hits.Take(3).Select(h => string.Join(",", h.Situations)))})");
            }
        }

        return new SearchEvaluationReport(
            Score(ranks.Select(r => r.Rank)),
            ranks.GroupBy(r => r.Case.Lang).ToDictionary(g => g.Key, g => Score(g.Select(r => r.Rank))),
            misses);
    }

    private static SearchScores Score(IEnumerable<int> ranks)
    {
        var list = ranks.ToList();
        return new SearchScores(list.Count,
            Math.Round(list.Count(r => r == 1) / (double)list.Count, 4),
            Math.Round(list.Count(r => r is >= 1 and <= 3) / (double)list.Count, 4),
            Math.Round(list.Average(r => r == 0 ? 0 : 1.0 / r), 4));
    }
}
