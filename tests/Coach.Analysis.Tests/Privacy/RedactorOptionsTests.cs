using Coach.Analysis.Privacy;

namespace Coach.Analysis.Tests.Privacy;

public sealed class RedactorOptionsTests
{
    [Fact]
    public void AConfiguredPatternIsMaskedWithItsName()
    {
        var redactor = new Redactor(new RedactionOptions
        {
            Patterns = [new RedactionPattern { Name = "customer-number", Pattern = "CN-[0-9]{6}" }],
        });

        var result = redactor.Redact("客户编号CN-204518，麻烦查一下");

        Assert.Equal("客户编号[customer-number]，麻烦查一下", result.Text);
        Assert.Equal(new Redaction("customer-number", 4, 9), Assert.Single(result.Redactions));
    }

    [Fact]
    public void AConfiguredPatternUsesItsOwnMask()
    {
        var redactor = new Redactor(new RedactionOptions
        {
            Patterns = [new RedactionPattern { Name = "plate", Pattern = "[京沪粤][A-Z][A-Z0-9]{5}", Mask = "[车牌]" }],
        });

        Assert.Equal("车停在[车牌]旁边", redactor.Redact("车停在沪A12345旁边").Text);
    }

    [Fact]
    public void ADisabledKindIsNotMasked()
    {
        var redactor = new Redactor(new RedactionOptions { Disabled = ["Email"] });

        Assert.Equal("mail dana.k@norfield.com or call [phone]", redactor.Redact("mail dana.k@norfield.com or call 415-555-0132").Text);
    }

    [Fact]
    public void NothingIsMaskedWhenRedactionIsOff()
    {
        const string line = "我的手机是13812345678";

        Assert.Same(line, new Redactor(new RedactionOptions { Enabled = false }).Redact(line).Text);
    }

    [Fact]
    public void KeepingTheOriginalIsExposed()
    {
        Assert.False(new RedactionOptions().KeepOriginal);
        Assert.True(new Redactor(new RedactionOptions { KeepOriginal = true }).KeepOriginal);
    }

    [Theory]
    [InlineData("", "x")]
    [InlineData("broken", "([0-9]")]
    public void AnInvalidConfiguredPatternIsRefused(string name, string pattern) =>
        Assert.Throws<ArgumentException>(() =>
            new Redactor(new RedactionOptions { Patterns = [new RedactionPattern { Name = name, Pattern = pattern }] }));

    [Fact]
    public void DisablingAnUnknownKindIsRefused() =>
        Assert.Throws<ArgumentException>(() => new Redactor(new RedactionOptions { Disabled = ["passport"] }));

    [Fact]
    public void ALineAPatternTimesOutOnIsMaskedWhole()
    {
        var redactor = new Redactor(new RedactionOptions
        {
            MatchTimeoutMilliseconds = 20,
            Patterns = [new RedactionPattern { Name = "slow", Pattern = "^(a|aa)+$" }],
        });

        var line = new string('a', 60) + "! 13812345678";

        var result = redactor.Redact(line);

        Assert.Equal("[redacted]", result.Text);
        Assert.Equal(new Redaction(RedactionKinds.Unchecked, 0, line.Length), Assert.Single(result.Redactions));
    }
}
