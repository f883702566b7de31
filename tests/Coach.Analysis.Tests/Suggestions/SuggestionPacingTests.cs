using Coach.Analysis.Calls;
using Coach.Analysis.Classification;
using Coach.Analysis.Suggestions;
using Coach.Analysis.Tests.Classification;

namespace Coach.Analysis.Tests.Suggestions;

/// <summary>Prompt discipline: priorities, a per-call rate limit that urgent advice ignores, once-per-call nudges.</summary>
public sealed class SuggestionPacingTests(ShippedModelsFixture models) : IClassFixture<ShippedModelsFixture>
{
    private static readonly SuggestionOptions Options = new();

    private static LabeledLine Customer(int seq, string text, string need = "none", string signal = "none", string objection = "none") =>
        new(seq, Speaker.Customer, text, new Dictionary<string, string> { ["need"] = need, ["signal"] = signal, ["objection"] = objection });

    private static LabeledLine Rep(int seq, string text, string spin = "not_question") =>
        new(seq, Speaker.Rep, text, new Dictionary<string, string> { ["spin"] = spin, ["close"] = "none" });

    [Fact]
    public void UrgentAdviceIsNeverHeldBackButOtherAdviceWaitsTenSeconds()
    {
        var pacing = new SuggestionCooldown(Options);

        Assert.True(pacing.TryUse(SuggestionKinds.ImplicationQuestion, "spin.implication", 1, TimeSpan.FromSeconds(0)));
        Assert.True(pacing.TryUse(SuggestionKinds.HandleObjection, "objection.price", 2, TimeSpan.FromSeconds(2)));
        Assert.True(pacing.TryUse(SuggestionKinds.TryClose, "close.alternative", 3, TimeSpan.FromSeconds(3)));
        Assert.False(pacing.TryUse(SuggestionKinds.TestFalseNeed, "need.false", 4, TimeSpan.FromSeconds(6)));
        Assert.True(pacing.TryUse(SuggestionKinds.TestFalseNeed, "need.false", 5, TimeSpan.FromSeconds(10.5)));
    }

    [Fact]
    public void HabitNudgesComeOncePerCall()
    {
        var pacing = new SuggestionCooldown(Options);

        Assert.True(pacing.TryUse(SuggestionKinds.AskAQuestion, "stage.discovery", 5, TimeSpan.FromSeconds(30)));
        Assert.False(pacing.TryUse(SuggestionKinds.AskAQuestion, "stage.discovery", 40, TimeSpan.FromMinutes(10)));
        Assert.True(pacing.TryUse(SuggestionKinds.MoveToProblem, "spin.problem", 41, TimeSpan.FromMinutes(11)));
    }

    [Fact]
    public async Task OnALineWithAnObjectionAndANeedTheObjectionCardComesFirstAndTheNeedWaits()
    {
        var engine = new SuggestionEngine(await models.ShippedSearchAsync(), Options);
        var state = new CallState();
        var pacing = new SuggestionCooldown(Options);
        var first = Customer(1, "We might need an AI module someday, everyone talks about it.", need: "false");
        await engine.SuggestAsync(state, first, state.Apply(first), "en", pacing, CancellationToken.None, TimeSpan.FromSeconds(1));
        var both = Customer(2, "We re-key invoices by hand, and honestly your price is too high.", need: "latent", objection: "price");

        var advice = await engine.SuggestAsync(state, both, state.Apply(both), "en", pacing, CancellationToken.None, TimeSpan.FromSeconds(4));

        var card = Assert.Single(advice);
        Assert.Equal(SuggestionKinds.HandleObjection, card.Kind);
        Assert.Equal(SuggestionKinds.Urgent, card.Priority);
    }
}
