using Coach.Analysis.Text;

namespace Coach.Analysis.Tests.Text;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("我们已经在用金蝶了", "zh")]
    [InlineData("我们想先做个 demo 看看 CRM 的效果", "zh")]
    [InlineData("We're already talking to Salesforce.", "en")]
    [InlineData("can u send the quote to Mr Wang in 上海", "en")]
    [InlineData("ok", "en")]
    public void LanguageIsDetectedFromTheText(string text, string expected) =>
        Assert.Equal(expected, Language.Detect(text));
}
