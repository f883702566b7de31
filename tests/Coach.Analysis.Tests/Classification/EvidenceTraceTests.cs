using Coach.Analysis.Classification;
using Coach.Analysis.Corpus;
using Coach.Analysis.Text;

namespace Coach.Analysis.Tests.Classification;

public sealed class EvidenceTraceTests
{
    [Theory]
    [InlineData("ＡＢＣ价格", "abc价格")]
    [InlineData("  Price?", "price?")]
    [InlineData("10㎏ cafe\u0301", "10kg café")]
    [InlineData("It\u2019s 😀 OK", "it's 😀 ok")]
    public void AlignmentNormalisesLikeTheFeaturizerAndMapsEveryCharacterBack(string original, string normalized)
    {
        var alignment = TextAlignment.Build(original);

        Assert.Equal(normalized, alignment.Normalized);
        Assert.Equal(UtteranceFeaturizer.Normalize(original), alignment.Normalized);
        for (var i = 0; i < alignment.Normalized.Length; i++)
        {
            var (start, length) = alignment.ToOriginal(i, 1);
            var source = original.Substring(start, length).Normalize(System.Text.NormalizationForm.FormKC)
                .Replace('\u2019', '\'').ToLowerInvariant();
            Assert.Contains(alignment.Normalized[i], source);
        }
    }

    [Fact]
    public void FullWidthAndExpandedCharactersMapToTheirOriginalRange()
    {
        var alignment = TextAlignment.Build("  ＰＲＩＣＥ 10㎏");

        Assert.Equal("price 10kg", alignment.Normalized);
        Assert.Equal((2, 5), alignment.ToOriginal(0, 5));
        Assert.Equal((10, 1), alignment.ToOriginal(8, 1));
        Assert.Equal((10, 1), alignment.ToOriginal(8, 2));
    }

    [Fact]
    public void TraceFindsTheSameCuesAsTheFeaturizerOnTheDevLines()
    {
        foreach (var line in File.ReadLines(TestPaths.Dev).Take(500).Select((l, i) => CorpusReader.Parse(l, "dev", i)))
        {
            var featurized = UtteranceFeaturizer.Shared.Featurize(line.Text);
            var trace = UtteranceFeaturizer.Shared.Trace(line.Text);

            var expected = featurized.Cues.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(c => !c.StartsWith("cue_len_")).Order();
            Assert.Equal(expected, trace.Cues.Select(c => c.Cue).Distinct().Order());
            Assert.Equal(featurized.Text, trace.Alignment.Normalized);
            Assert.Equal(featurized.Tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(t => string.Concat(t.Where(ch => !char.IsPunctuation(ch)))), trace.Tokens.Select(t => t.Token));
        }
    }

    [Fact]
    public void TraceReportsWhereEachCueMatched()
    {
        const string text = "我们已经在用金蝶了, but the price is too high";
        var trace = UtteranceFeaturizer.Shared.Trace(text);

        var competitor = Assert.Single(trace.Cues, c => c.Cue == "cue_competitor");
        Assert.Equal("金蝶", trace.Alignment.Normalized.Substring(competitor.Start, competitor.Length));
        var price = Assert.Single(trace.Cues, c => c.Cue == "cue_price");
        Assert.Equal("price", trace.Alignment.Normalized.Substring(price.Start, price.Length));
    }

    [Theory]
    [InlineData("CharFeatures.<␂>|h|o", "Char", "\u0002ho")]
    [InlineData("CharFeatures.r|<␠>|p", "Char", "r p")]
    [InlineData("CharFeatures.||a", "Char", "|a")]
    [InlineData("WordFeatures.your|price", "Word", "your price")]
    [InlineData("CueFeatures.cue_price", "Cue", "cue_price")]
    public void SlotNamesParseIntoCharactersTokensOrCues(string name, string kindName, string expected)
    {
        var kind = Enum.Parse<FeatureKind>(kindName);
        var slot = FeatureSlot.Parse(name);

        Assert.NotNull(slot);
        Assert.Equal(kind, slot.Value.Kind);
        Assert.Equal(expected, kind == FeatureKind.Word ? string.Join(' ', slot.Value.Tokens) : slot.Value.Chars);
    }
}
