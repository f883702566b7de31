using Coach.Analysis.Review;

namespace Coach.Analysis.Tests.Review;

public sealed class LineQuoteTests
{
    [Fact]
    public void AShortLineLosesOnlyItsFullStopAndExtraSpaces()
    {
        Assert.Equal("We need single sign-on with our Azure AD", LineQuote.Clip("  We need single sign-on\n with   our Azure AD. "));
        Assert.Equal("我们需要一个能同步多门店库存的系统", LineQuote.Clip("我们需要一个能同步多门店库存的系统。"));
        Assert.Equal("How soon could we be live?", LineQuote.Clip("How soon could we be live?"));
    }

    [Fact]
    public void ALongEnglishLineIsCutAtAWordBreakWithAnEllipsis()
    {
        var clipped = LineQuote.Clip("Our reps re-type every single order into the ERP each evening, and mistakes slip through weekly.");

        Assert.Equal("Our reps re-type every single order into the ERP each…", clipped);
        Assert.True(clipped.Length <= LineQuote.MaxChars);
    }

    [Fact]
    public void ALongChineseLineIsCutAtTheLimit()
    {
        var line = string.Concat(Enumerable.Repeat("每到月底财务都要加两三天班对账", 6));

        var clipped = LineQuote.Clip(line);

        Assert.Equal(LineQuote.MaxChars, clipped.Length);
        Assert.Equal(line[..(LineQuote.MaxChars - 1)] + "…", clipped);
    }

    [Fact]
    public void ASurrogatePairIsNeverSplit()
    {
        var line = new string('好', LineQuote.MaxChars - 2) + "😀😀😀";

        var clipped = LineQuote.Clip(line);

        Assert.Equal(new string('好', LineQuote.MaxChars - 2) + "…", clipped);
    }
}
