using Coach.Analysis.Storage;

namespace Coach.Analysis.Suggestions;

/// <summary>How reps received the advice: per kind and per playbook snippet, given, used, dismissed, wrong and the accept rate.</summary>
public sealed record FeedbackReport(IReadOnlyList<FeedbackTally> ByKind, IReadOnlyList<FeedbackTally> BySnippet)
{
    public static FeedbackReport From(IReadOnlyList<Suggestion> given, IReadOnlyList<FeedbackRecord> verdicts)
    {
        var byKind = Tally(given.Select(s => s.Kind), verdicts.Select(v => (v.Kind, v.Verdict)));
        var bySnippet = Tally(given.SelectMany(s => s.Playbook.Select(p => p.Id)),
            verdicts.SelectMany(v => v.Snippets.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => (id, v.Verdict))));
        return new FeedbackReport(byKind, bySnippet);
    }

    private static List<FeedbackTally> Tally(IEnumerable<string> given, IEnumerable<(string Key, string Verdict)> verdicts)
    {
        var counts = given.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var rated = verdicts.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => g.Select(v => v.Verdict).ToList());
        return [.. counts.Keys.Union(rated.Keys).Order(StringComparer.Ordinal).Select(key =>
        {
            var v = rated.GetValueOrDefault(key) ?? [];
            int Count(string verdict) => v.Count(x => x == verdict);
            return new FeedbackTally(key, counts.GetValueOrDefault(key), Count(SuggestionVerdicts.Used), Count(SuggestionVerdicts.Dismissed),
                Count(SuggestionVerdicts.Wrong), v.Count == 0 ? null : Math.Round((double)Count(SuggestionVerdicts.Used) / v.Count, 3));
        })];
    }
}

/// <summary>One kind's or snippet's tally. <see cref="AcceptRate"/> = used / rated (null before any verdict).</summary>
public sealed record FeedbackTally(string Key, int Given, int Used, int Dismissed, int Wrong, double? AcceptRate);
