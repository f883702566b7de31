using Coach.Analysis.Corpus;

namespace Coach.Analysis.Tests.Corpus;

public sealed class NearDuplicateFilterTests
{
    private static LabeledUtterance Line(string id, string text) => new()
    {
        Id = id, Lang = "en", Speaker = "rep", Text = text, Spin = "not_question", Close = "none",
    };

    [Fact]
    public void LinesThatDifferOnlyInCasePunctuationOrAWordAreDropped()
    {
        var (kept, dropped) = new NearDuplicateFilter(0.8).Filter(
        [
            Line("a", "Our platform syncs inventory across all of your stores in real time."),
            Line("b", "our platform syncs inventory across all of your stores in real time"),
            Line("c", "Our platform syncs inventory across all your stores in real time!"),
            Line("d", "We can import your old customer records from the ERP in one weekend."),
        ]);

        Assert.Equal(["a", "d"], kept.Select(k => k.Id));
        Assert.All(dropped, d => Assert.Equal("a", d.Like.Id));
    }

    [Fact]
    public void ShippedDevSplitSharesNoNearDuplicateWithTraining()
    {
        var train = CorpusReader.ReadFile(TestPaths.Train);
        var dev = CorpusReader.ReadFile(TestPaths.Dev);

        var (_, dropped) = new NearDuplicateFilter(0.8).Filter(train.Concat(dev));

        Assert.Empty(dropped);
    }
}
