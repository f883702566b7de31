using Coach.Analysis.Calls;
using Coach.Analysis.Review;
using Coach.Analysis.Suggestions;
using Coach.Analysis.Tests.Classification;

namespace Coach.Analysis.Tests.Review;

public sealed class BacktestTests(ShippedModelsFixture models) : IClassFixture<ShippedModelsFixture>
{
    private static readonly SuggestionOptions Options = new();

    private static CallLine Line(int seq, string speaker, string text, Dictionary<string, string> labels, params Suggestion[] advice) =>
        new(seq, speaker, null, text, seq * 5000L, labels, advice);

    private static async IAsyncEnumerable<StoredCall> Calls(params StoredCall[] calls)
    {
        foreach (var call in calls)
        {
            await Task.Yield();
            yield return call;
        }
    }

    [Fact]
    public async Task ALineAnOlderModelMissedShowsAsALabelChangeAndAnAddedSuggestion()
    {
        var backtest = new Backtest(models.Classifier, new SuggestionEngine(await models.ShippedSearchAsync(), Options), Options);
        var stale = new StoredCall("old-1", "en",
        [
            Line(1, "rep", "What does month-end close cost your team today?", new() { ["spin"] = "problem", ["close"] = "none" }),
            Line(2, "customer", "Honestly, your price is far above what we pay for our current tool.",
                new() { ["need"] = "none", ["signal"] = "none", ["objection"] = "none" }),
        ]);

        var report = await backtest.RunAsync(Calls(stale), CancellationToken.None);

        Assert.Equal(1, report.Calls);
        Assert.Equal(2, report.Lines);
        Assert.Equal(1, report.LabelsChanged["objection"].Count);
        Assert.Contains("old-1#2: none → price", report.LabelsChanged["objection"].Examples[0]);
        Assert.Equal(1, report.SuggestionsAdded[SuggestionKinds.HandleObjection].Count);
        Assert.Empty(report.SuggestionsRemoved);
    }

    [Fact]
    public async Task ReplayingACallWithTheModelsThatLabeledItChangesNothing()
    {
        var engine = new SuggestionEngine(await models.ShippedSearchAsync(), Options);
        var live = new CallSession("same-1", "rep", null, null, "zh", DateTimeOffset.UnixEpoch, Options);
        string[] texts = ["您好，想了解一下贵公司现在月底对账大概要几天？", "差不多三天吧，财务经常加班。", "如果对账拖延，会影响到什么？",
            "你们这个价格太贵了，预算不够。", "理解，您是和哪家的方案在比较呢？", "要是先试用一个月，什么时候能开始？"];
        for (var i = 0; i < texts.Length; i++)
        {
            await live.AddAsync(i + 1, i % 2 == 0 ? Coach.Analysis.Classification.Speaker.Rep : Coach.Analysis.Classification.Speaker.Customer, texts[i], null, i * 4000L,
                models.Classifier, engine, CancellationToken.None);
        }

        var report = await new Backtest(models.Classifier, engine, Options)
            .RunAsync(Calls(new StoredCall("same-1", "zh", live.Lines)), CancellationToken.None);

        Assert.Equal(6, report.Lines);
        Assert.Empty(report.LabelsChanged);
        Assert.Empty(report.SuggestionsAdded);
        Assert.Empty(report.SuggestionsRemoved);
    }
}
