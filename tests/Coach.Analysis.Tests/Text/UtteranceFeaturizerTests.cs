using Coach.Analysis.Text;

namespace Coach.Analysis.Tests.Text;

public sealed class UtteranceFeaturizerTests
{
    [Fact]
    public void ChineseIsSplitIntoCharactersAndEnglishIntoWords()
    {
        var f = UtteranceFeaturizer.Shared.Featurize("我们要ERP对接, OK?");

        Assert.Equal("我 们 要 erp 对 接 ok ", f.Tokens);
    }

    [Theory]
    [InlineData("这个价格超出预算了", "cue_price")]
    [InlineData("That's way too pricey for us", "cue_price")]
    [InlineData("我们已经在用金蝶了", "cue_competitor")]
    [InlineData("we already use HubSpot", "cue_competitor")]
    [InlineData("what would it cost you if that shipment is late", "cue_consequence")]
    [InlineData("您看是先上两家门店还是全部一起上", "cue_choice")]
    [InlineData("how many people handle invoices today", "cue_qstart")]
    [InlineData("你们现在用什么系统", "cue_qword")]
    public void CueWordsOfBothLanguagesBecomeCueTokens(string text, string cue) =>
        Assert.Contains(cue, UtteranceFeaturizer.Shared.Featurize(text).Cues.Split(' '));

    [Fact]
    public void EnglishCuesMatchWholeWordsOnly()
    {
        var f = UtteranceFeaturizer.Shared.Featurize("we sell costumes and cosplay gear");

        Assert.DoesNotContain("cue_price", f.Cues.Split(' '));
    }

    [Fact]
    public void FullWidthAndCaseAreNormalised() =>
        Assert.Equal("erp,ok?", UtteranceFeaturizer.Normalize("ＥＲＰ，ＯＫ？"));
}
