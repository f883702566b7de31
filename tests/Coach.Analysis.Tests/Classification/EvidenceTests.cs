using Coach.Analysis.Classification;
using Coach.Analysis.Corpus;

namespace Coach.Analysis.Tests.Classification;

public sealed class EvidenceTests(ShippedModelsFixture fixture) : IClassFixture<ShippedModelsFixture>
{
    [Theory]
    [InlineData("Honestly your price is much higher than what we pay now", Speaker.Customer, "objection", "price", "price|higher")]
    [InlineData("我们已经在用金蝶了，挺好的", Speaker.Customer, "objection", "competitor", "金蝶|在用")]
    [InlineData("如果现在签约，最快什么时候能上线？", Speaker.Customer, "signal", "timeline", "什么时候|上线|签约")]
    [InlineData("What's the hardest part of month-end close?", Speaker.Rep, "spin", "problem", "hardest")]
    [InlineData("We're already using Salesforce and the team is happy with it.", Speaker.Customer, "objection", "competitor", "Salesforce|already using")]
    [InlineData("您看是先上两家门店试点,还是全部门店一起上?", Speaker.Rep, "close", "alternative", "还是")]
    public void EvidenceOfALabelCoversTheCueThatDroveIt(string text, Speaker speaker, string task, string label, string anyOf)
    {
        var analysis = fixture.Classifier.Classify(text, speaker);
        Assert.Equal(label, analysis.Labels[task]);

        var evidence = Assert.Single(fixture.Classifier.Explain(text, speaker, analysis), e => e.Task == task);

        Assert.Equal(label, evidence.Label);
        Assert.NotEmpty(evidence.Spans);
        Assert.Contains(evidence.Spans, s => anyOf.Split('|').Any(cue => s.Text.Contains(cue, StringComparison.Ordinal)));
    }

    [Fact]
    public void EverySpanIsTheOriginalTextAtItsOffsetsRankedAndApart()
    {
        var lines = File.ReadLines(TestPaths.Dev).Take(200).Select((l, i) => CorpusReader.Parse(l, "dev", i)).ToList();
        var spans = 0;
        foreach (var line in lines)
        {
            var speaker = line.Speaker == "rep" ? Speaker.Rep : Speaker.Customer;
            var evidence = fixture.Classifier.Explain(line.Text, speaker, fixture.Classifier.Classify(line.Text, speaker));
            Assert.Equal(ClassifierTask.For(speaker).Select(t => t.Name), evidence.Select(e => e.Task));
            foreach (var e in evidence)
            {
                Assert.InRange(e.Spans.Count, 0, UtteranceClassifier.MaxEvidenceSpans);
                Assert.Equal(e.Spans.OrderByDescending(s => s.Weight).Select(s => s.Start), e.Spans.Select(s => s.Start));
                foreach (var span in e.Spans)
                {
                    Assert.Equal(line.Text.Substring(span.Start, span.Length), span.Text);
                    Assert.False(string.IsNullOrWhiteSpace(span.Text));
                    Assert.Contains(span.Text, ch => !char.IsPunctuation(ch) && !char.IsWhiteSpace(ch));
                    Assert.True(span.Weight > 0);
                    spans++;
                }

                var ordered = e.Spans.OrderBy(s => s.Start).ToList();
                for (var i = 1; i < ordered.Count; i++)
                {
                    Assert.True(ordered[i].Start > ordered[i - 1].Start + ordered[i - 1].Length, $"Spans of '{line.Text}' touch or overlap.");
                }
            }
        }

        Assert.True(spans > 100, $"Only {spans} spans over {lines.Count} lines.");
    }

    [Fact]
    public void FullWidthInputMapsBackToTheOriginalCharacters()
    {
        const string text = "ＨＯＮＥＳＴＬＹ，ｙｏｕｒ ＰＲＩＣＥ is much higher than what we pay now";
        var analysis = fixture.Classifier.Classify(text, Speaker.Customer);
        Assert.Equal("price", analysis.Labels["objection"]);

        var evidence = fixture.Classifier.Explain(text, Speaker.Customer, analysis).Single(e => e.Task == "objection");

        var price = text.IndexOf("ＰＲＩＣＥ", StringComparison.Ordinal);
        Assert.Contains(evidence.Spans, s => s.Start <= price && s.Start + s.Length >= price + 5 && s.Text.Contains("ＰＲＩＣＥ"));
        Assert.All(evidence.Spans, s => Assert.Equal(text.Substring(s.Start, s.Length), s.Text));
    }

    [Theory]
    [InlineData("好的，谢谢您。", Speaker.Customer)]
    [InlineData("Thanks, talk soon.", Speaker.Rep)]
    public void NoneLabelsHaveNoSpans(string text, Speaker speaker)
    {
        var analysis = fixture.Classifier.Classify(text, speaker);

        var evidence = fixture.Classifier.Explain(text, speaker, analysis);

        Assert.Contains(evidence, e => e.Label == ClassifierTask.Find(e.Task)!.NoneLabel);
        Assert.All(evidence.Where(e => e.Label == ClassifierTask.Find(e.Task)!.NoneLabel), e => Assert.Empty(e.Spans));
    }

    [Fact]
    public void AnyLabelOfATaskCanBeExplainedOnRequest()
    {
        var evidence = fixture.Classifier.Explain("这个价格超出我们预算太多了", ClassifierTask.Objection, "price");

        Assert.Equal("price", evidence.Label);
        Assert.Contains(evidence.Spans, s => s.Text.Contains("价格") || s.Text.Contains("预算"));
        Assert.Empty(fixture.Classifier.Explain("这个价格超出我们预算太多了", ClassifierTask.Objection, "none").Spans);
    }

    [Fact]
    public void ModelVersionsAreStableAcrossLoadsAndDifferBetweenFiles()
    {
        var again = UtteranceClassifier.Load(TestPaths.Models);

        var versions = ClassifierTask.All.Select(t => fixture.Classifier[t].Version).ToList();

        Assert.Equal(versions, ClassifierTask.All.Select(t => again[t].Version));
        Assert.All(versions, v => Assert.Matches("^[0-9a-f]{12}$", v));
        Assert.Equal(versions.Count, versions.Distinct().Count());
        var evidence = fixture.Classifier.Explain("Too expensive.", ClassifierTask.Objection, "price");
        Assert.Equal(fixture.Classifier[ClassifierTask.Objection].Version, evidence.ModelVersion);
    }
}
