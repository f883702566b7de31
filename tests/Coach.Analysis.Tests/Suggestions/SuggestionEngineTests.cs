using Coach.Analysis.Calls;
using Coach.Analysis.Classification;
using Coach.Analysis.Suggestions;
using Coach.Analysis.Tests.Classification;

namespace Coach.Analysis.Tests.Suggestions;

public sealed class SuggestionEngineTests(ShippedModelsFixture models) : IClassFixture<ShippedModelsFixture>
{
    private async Task<SuggestionEngine> EngineAsync() => new(await models.ShippedSearchAsync(), new SuggestionOptions());

    private static LabeledLine Customer(int seq, string text, string need = "none", string signal = "none", string objection = "none") =>
        new(seq, Speaker.Customer, text, new Dictionary<string, string> { ["need"] = need, ["signal"] = signal, ["objection"] = objection });

    private static LabeledLine Rep(int seq, string text, string spin = "not_question", string close = "none") =>
        new(seq, Speaker.Rep, text, new Dictionary<string, string> { ["spin"] = spin, ["close"] = close });

    private static async Task<IReadOnlyList<Suggestion>> SayAsync(SuggestionEngine engine, CallState state, LabeledLine line,
        SuggestionCooldown cooldown, string lang = "zh") =>
        await engine.SuggestAsync(state, line, state.Apply(line), lang, cooldown, CancellationToken.None);

    [Fact]
    public async Task APriceObjectionGetsTheSixStepCardWithAPriceSnippet()
    {
        var engine = await EngineAsync();

        var advice = await SayAsync(engine, new CallState(), Customer(1, "这个价格超出我们预算太多了", objection: "price"), new SuggestionCooldown(8));

        var card = Assert.Single(advice);
        Assert.Equal(SuggestionKinds.HandleObjection, card.Kind);
        Assert.Contains("六步法", card.Title);
        Assert.Contains("objection.price", card.Situations);
        Assert.NotEmpty(card.Playbook);
        Assert.All(card.Playbook, p => Assert.StartsWith("zh-", p.Id));
    }

    [Fact]
    public async Task ALatentNeedGetsAnImplicationQuestion()
    {
        var engine = await EngineAsync();

        var advice = await SayAsync(engine, new CallState(), Customer(1, "Our reps re-type every order into the ERP each evening.", need: "latent"),
            new SuggestionCooldown(8), "en");

        var card = Assert.Single(advice);
        Assert.Equal(SuggestionKinds.ImplicationQuestion, card.Kind);
        Assert.Equal("spin.implication", card.Situations[0]);
        Assert.NotEmpty(card.Playbook);
    }

    [Fact]
    public async Task ABuyingSignalGetsTheCloseThatFitsAndIsRemindedWhenMissed()
    {
        var engine = await EngineAsync();
        var state = new CallState();
        var cooldown = new SuggestionCooldown(8);

        var onSignal = await SayAsync(engine, state, Customer(1, "如果买三年,价格能优惠多少?", signal: "price_inquiry"), cooldown);
        await SayAsync(engine, state, Rep(2, "我们的系统支持多门店同步。"), cooldown);
        await SayAsync(engine, state, Rep(3, "数据都在云端。"), cooldown);
        var reminder = await SayAsync(engine, state, Rep(4, "我们还有移动端。"), cooldown);

        var close = Assert.Single(onSignal);
        Assert.Equal(SuggestionKinds.TryClose, close.Kind);
        Assert.Equal("close.alternative", close.Situations[0]);
        Assert.Contains(reminder, s => s.Kind == SuggestionKinds.MissedSignal);
    }

    [Fact]
    public async Task TheSameAdviceIsNotRepeatedWithinTheCooldown()
    {
        var engine = await EngineAsync();
        var state = new CallState();
        var cooldown = new SuggestionCooldown(8);

        var first = await SayAsync(engine, state, Customer(1, "太贵了", objection: "price"), cooldown);
        var again = await SayAsync(engine, state, Customer(2, "真的太贵了", objection: "price"), cooldown);
        var later = await SayAsync(engine, state, Customer(10, "还是贵", objection: "price"), cooldown);

        Assert.Single(first);
        Assert.Empty(again);
        Assert.Single(later);
    }

    [Fact]
    public async Task TooManySituationQuestionsNudgeTowardProblemQuestions()
    {
        var engine = await EngineAsync();
        var state = new CallState();
        var cooldown = new SuggestionCooldown(8);

        await SayAsync(engine, state, Rep(1, "你们现在用什么系统?", "situation"), cooldown);
        await SayAsync(engine, state, Rep(2, "一共几家门店?", "situation"), cooldown);
        var third = await SayAsync(engine, state, Rep(3, "财务有几个人?", "situation"), cooldown);

        Assert.Contains(third, s => s.Kind == SuggestionKinds.MoveToProblem && s.Situations[0] == "spin.problem");
    }
}
