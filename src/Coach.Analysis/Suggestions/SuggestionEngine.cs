using Coach.Analysis.Calls;
using Coach.Analysis.Classification;
using Coach.Analysis.Playbook;

namespace Coach.Analysis.Suggestions;

/// <summary>
/// Chooses the next-step advice for a line from the call state and its labels, and attaches the
/// playbook snippets that fit (searched within the advice's situation, by the line's own words).
/// </summary>
public sealed class SuggestionEngine(PlaybookSearch search, SuggestionOptions options)
{
    /// <summary>Advice for <paramref name="line"/>, already applied to <paramref name="state"/>, minus advice still cooling down.</summary>
    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(CallState state, LabeledLine line, IReadOnlyList<BuyingSignal> missed,
        string lang, SuggestionCooldown cooldown, CancellationToken ct, TimeSpan? at = null)
    {
        // Most urgent first, so that the rate limit holds back the nudges rather than the objection card.
        var drafts = Drafts(state, line, missed)
            .OrderBy(d => SuggestionKinds.Rank(SuggestionKinds.PriorityOf(d.Kind)))
            .Where(d => cooldown.TryUse(d.Kind, d.Situations[0], line.Seq, at))
            .ToList();
        var suggestions = new List<Suggestion>(drafts.Count);
        foreach (var draft in drafts)
        {
            var (title, text) = AdviceText.For(draft.Kind, lang, draft.Detail);
            var hits = await search.WithinSituationAsync(line.Text, lang, draft.Situations[0], options.SnippetsPerSuggestion, ct);
            suggestions.Add(new Suggestion($"{line.Seq}-{draft.Kind}-{draft.Detail ?? draft.Situations[0]}", line.Seq, draft.Kind,
                title, text, draft.Situations, [.. hits.Select(h => new SnippetRef(h.Id, h.Title))],
                Priority: SuggestionKinds.PriorityOf(draft.Kind)));
        }

        return suggestions;
    }

    private IEnumerable<Draft> Drafts(CallState state, LabeledLine line, IReadOnlyList<BuyingSignal> missed)
    {
        if (line.Speaker == Speaker.Customer)
        {
            var objection = line.Label("objection");
            if (objection != "none")
            {
                yield return new Draft(SuggestionKinds.HandleObjection, [$"objection.{objection}", "stage.presentation"], objection);
            }

            var signal = line.Label("signal");
            if (signal != "none")
            {
                yield return new Draft(SuggestionKinds.TryClose,
                    [$"close.{SuggestionKinds.CloseFor(signal)}", $"signal.{signal}"], signal);
            }

            switch (line.Label("need"))
            {
                case "latent":
                    yield return new Draft(SuggestionKinds.ImplicationQuestion, ["spin.implication", "need.latent"], null);
                    break;
                case "false":
                    yield return new Draft(SuggestionKinds.TestFalseNeed, ["need.false"], null);
                    break;
                case "explicit":
                    yield return new Draft(SuggestionKinds.PresentAgainstNeed, ["stage.presentation", "need.explicit"], null);
                    break;
            }

            yield break;
        }

        foreach (var signal in missed)
        {
            yield return new Draft(SuggestionKinds.MissedSignal, [$"close.{SuggestionKinds.CloseFor(signal.Kind)}", $"signal.{signal.Kind}"],
                signal.Kind);
        }

        var questions = state.RecentRepSpin.Where(s => s is not "not_question").TakeLast(4).ToList();
        if (line.Label("spin") == "situation" && questions.Count(s => s == "situation") >= options.SituationQuestionsBeforeNudge
            && !questions.Contains("problem"))
        {
            yield return new Draft(SuggestionKinds.MoveToProblem, ["spin.problem"], null);
        }

        if (state.RepStatementsInARow >= options.StatementsBeforeNudge)
        {
            yield return new Draft(SuggestionKinds.AskAQuestion, ["stage.discovery", "spin.situation"], null);
        }
    }

    private sealed record Draft(string Kind, IReadOnlyList<string> Situations, string? Detail);
}
