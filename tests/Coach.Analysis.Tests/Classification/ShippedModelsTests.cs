using Coach.Analysis.Classification;

namespace Coach.Analysis.Tests.Classification;

public sealed class ShippedModelsTests(ShippedModelsFixture fixture) : IClassFixture<ShippedModelsFixture>
{
    [Theory]
    [InlineData(Speaker.Customer)]
    [InlineData(Speaker.Rep)]
    public void EveryTaskOfTheSpeakerGetsOneValidLabelWithProbabilities(Speaker speaker)
    {
        var analysis = fixture.Classifier.Classify("嗯 这个价格 我们要再商量一下", speaker);

        var tasks = ClassifierTask.For(speaker).ToList();
        Assert.Equal(tasks.Select(t => t.Name).Order(), analysis.Labels.Keys.Order());
        foreach (var task in tasks)
        {
            Assert.Contains(analysis.Labels[task.Name], task.Labels);
            var probabilities = analysis.Scores[task.Name];
            Assert.InRange(probabilities.Values.Sum(), 0.99f, 1.01f);
            Assert.Equal(probabilities.MaxBy(p => p.Value).Key, analysis.Labels[task.Name]);
        }
    }

    [Theory]
    [InlineData("这个价格超出我们预算太多了,真的承受不了。", "objection", "price")]
    [InlineData("We're already using Salesforce and the team is happy with it.", "objection", "competitor")]
    [InlineData("最快什么时候能上线?我们下个月就要用。", "signal", "timeline")]
    [InlineData("Could we run a two-week pilot with one of our teams first?", "signal", "trial")]
    [InlineData("Every month-end our finance team stays late for three days reconciling by hand.", "need", "latent")]
    public void ShippedModelsRecogniseClearCustomerLines(string text, string task, string expected)
    {
        var analysis = fixture.Classifier.Classify(text, Speaker.Customer);

        Assert.Equal(expected, analysis.Labels[task]);
    }

    [Theory]
    [InlineData("这些错单一个月大概会给你们造成多少损失?", "spin", "implication")]
    [InlineData("How many people handle invoices in your team today?", "spin", "situation")]
    [InlineData("您看是先上两家门店试点,还是全部门店一起上?", "close", "alternative")]
    [InlineData("This launch price ends on Friday, after that it goes up fifteen percent.", "close", "urgency")]
    public void ShippedModelsRecogniseClearRepLines(string text, string task, string expected)
    {
        var analysis = fixture.Classifier.Classify(text, Speaker.Rep);

        Assert.Equal(expected, analysis.Labels[task]);
    }

    [Fact]
    public void ConcurrentPredictionsGiveTheSameLabelsAsSequentialOnes()
    {
        var lines = File.ReadLines(TestPaths.Dev).Take(300)
            .Select(l => Analysis.Corpus.CorpusReader.Parse(l, "dev", 0))
            .Select(u => (u.Text, Speaker: u.Speaker == "rep" ? Speaker.Rep : Speaker.Customer))
            .ToList();
        var expected = lines.Select(l => Flatten(fixture.Classifier.Classify(l.Text, l.Speaker))).ToList();

        var actual = new string[lines.Count * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var line = lines[i % lines.Count];
            actual[i] = Flatten(fixture.Classifier.Classify(line.Text, line.Speaker));
        });

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % lines.Count], actual[i]);
        }
    }

    private static string Flatten(UtteranceAnalysis a) =>
        string.Join(";", a.Labels.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value}:{a.Scores[kv.Key][kv.Value]:0.0000}"));
}
