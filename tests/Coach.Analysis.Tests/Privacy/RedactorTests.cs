using Coach.Analysis.Privacy;

namespace Coach.Analysis.Tests.Privacy;

public sealed class RedactorTests
{
    internal static readonly Redactor Default = new(new RedactionOptions());

    [Theory]
    [InlineData("我的手机是138 1234 5678，有问题直接打给我", "我的手机是[phone]，有问题直接打给我")]
    [InlineData("手机13812345678，微信同号", "手机[phone]，微信同号")]
    [InlineData("打这个 139-0011-2233 找我", "打这个 [phone] 找我")]
    [InlineData("+86 138 1234 5678 是我的号码", "[phone] 是我的号码")]
    [InlineData("my cell is 0086 13812345678", "my cell is [phone]")]
    [InlineData("号码是+8615912345678", "号码是[phone]")]
    [InlineData("(+86) 138-1234-5678 is my cell", "[phone] is my cell")]
    public void AChineseMobileNumberIsMasked(string line, string expected) =>
        Assert.Equal(expected, Default.Redact(line).Text);

    [Theory]
    [InlineData("座机010-12345678，工作日都在", "座机[phone]，工作日都在")]
    [InlineData("深圳办公室 0755-1234567", "深圳办公室 [phone]")]
    [InlineData("上海那边打 (021) 6123 4567 转前台", "上海那边打 [phone] 转前台")]
    public void AChineseLandlineIsMasked(string line, string expected) =>
        Assert.Equal(expected, Default.Redact(line).Text);

    [Theory]
    [InlineData("Call me at (415) 555-0132 or email dana.k@norfield.com", "Call me at [phone] or email [email]")]
    [InlineData("My direct line is 415-555-0132.", "My direct line is [phone].")]
    [InlineData("Reach me on +1 415 555 0132 after lunch", "Reach me on [phone] after lunch")]
    [InlineData("The London office is +44 20 7946 0958", "The London office is [phone]")]
    [InlineData("Berlin: +49 (30) 1234 5678, ask for Jonas", "Berlin: [phone], ask for Jonas")]
    public void NorthAmericanAndInternationalNumbersAreMasked(string line, string expected) =>
        Assert.Equal(expected, Default.Redact(line).Text);

    [Theory]
    [InlineData("发到我邮箱 wang.li@yunzhangtong.cn 就行", "发到我邮箱 [email] 就行")]
    [InlineData("发到wang.li@yunzhangtong.cn就行", "发到[email]就行")]
    [InlineData("cc procurement+bids@norfield-logistics.co.uk please.", "cc [email] please.")]
    [InlineData("邮箱是 wang＠yunzhangtong.cn", "邮箱是 [email]")]
    public void AnEmailAddressIsMasked(string line, string expected) =>
        Assert.Equal(expected, Default.Redact(line).Text);

    [Theory]
    [InlineData("身份证号11010519491231002X你们登记一下", "身份证号[id-number]你们登记一下")]
    [InlineData("身份证 110105 19491231 002X", "身份证 [id-number]")]
    [InlineData("his SSN is 123-45-6789, don't write it down", "his SSN is [id-number], don't write it down")]
    public void AnIdNumberIsMasked(string line, string expected) =>
        Assert.Equal(expected, Default.Redact(line).Text);

    [Fact]
    public void AChineseIdWithAComputedCheckCharacterIsMasked()
    {
        const string first17 = "44030519900307123";
        var id = first17 + Checksums.ChineseIdCheckCharacter(first17);

        Assert.Equal("440305199003071236", id);
        Assert.Equal("她的身份证是[id-number]。", Default.Redact($"她的身份证是{id}。").Text);
    }

    [Theory]
    [InlineData("Card 4111 1111 1111 1111 expires 09/27", "Card [bank-card] expires 09/27")]
    [InlineData("卡号6222 0212 3456 7890 128，户名王丽", "卡号[bank-card]，户名王丽")]
    [InlineData("转到6222021234567890128就可以", "转到[bank-card]就可以")]
    [InlineData("use 4111-1111-1111-1111 for the deposit", "use [bank-card] for the deposit")]
    [InlineData("Amex 3782 822463 10005", "Amex [bank-card]")]
    public void ABankCardThatPassesLuhnIsMasked(string line, string expected) =>
        Assert.Equal(expected, Default.Redact(line).Text);

    [Fact]
    public void ANumberWrittenAfterACardIsNotPartOfIt() =>
        Assert.Equal("card [bank-card] 2027", Default.Redact("card 4111 1111 1111 1111 2027").Text);

    [Theory]
    [InlineData("手机１３８１２３４５６７８", "手机[phone]")]
    [InlineData("手机号１３８　１２３４　５６７８，随时打", "手机号[phone]，随时打")]
    [InlineData("身份证１１０１０５１９４９１２３１００２Ｘ", "身份证[id-number]")]
    [InlineData("邮箱ｗａｎｇ＠ｙｕｎｚｈａｎｇｔｏｎｇ．ｃｎ", "邮箱[email]")]
    [InlineData("座机（０２１）６１２３ ４５６７", "座机[phone]")]
    public void FullWidthDigitsAndSignsAreMasked(string line, string expected) =>
        Assert.Equal(expected, Default.Redact(line).Text);

    [Fact]
    public void SeveralKindsInOneLineAreEachMasked()
    {
        var result = Default.Redact(
            "王经理电话13912345678，邮箱wang@abc.com.cn，身份证11010519491231002X，打款到6222021234567890128");

        Assert.Equal("王经理电话[phone]，邮箱[email]，身份证[id-number]，打款到[bank-card]", result.Text);
        Assert.Equal(
            [RedactionKinds.Phone, RedactionKinds.Email, RedactionKinds.IdNumber, RedactionKinds.BankCard],
            result.Redactions.Select(r => r.Kind));
    }

    [Fact]
    public void RedactionsPointAtTheOriginalText()
    {
        const string line = "Call (415) 555-0132 or 手机１３８ １２３４ ５６７８ or dana.k@norfield.com";

        var result = Default.Redact(line);

        Assert.Equal(
            ["(415) 555-0132", "１３８ １２３４ ５６７８", "dana.k@norfield.com"],
            result.Redactions.Select(r => line.Substring(r.Start, r.Length)));
        Assert.Equal("Call [phone] or 手机[phone] or [email]", result.Text);
    }

    [Fact]
    public void NothingIsMaskedTwice()
    {
        // Both the Chinese mobile and the international pattern match; one redaction covers the number.
        var result = Default.Redact("+86 138 1234 5678");

        var redaction = Assert.Single(result.Redactions);
        Assert.Equal(new Redaction(RedactionKinds.Phone, 0, 17), redaction);
        Assert.Equal("[phone]", result.Text);
    }

    [Fact]
    public void ALineWithNothingToMaskIsReturnedAsItIs()
    {
        const string line = "我们想先做个 demo 看看效果，价格大概多少？";

        var result = Default.Redact(line);

        Assert.Same(line, result.Text);
        Assert.Empty(result.Redactions);
        Assert.False(result.Changed);
    }

    [Fact]
    public void AMaskedLineIsChanged()
    {
        var result = Default.Redact("电话 13812345678");

        Assert.True(result.Changed);
        Assert.Equal(new Redaction(RedactionKinds.Phone, 3, 11), Assert.Single(result.Redactions));
    }

    [Fact]
    public void TheRedactorCanBeSharedAcrossThreads()
    {
        string[] lines =
        [
            "我的手机是138 1234 5678，有问题直接打给我", "Call me at (415) 555-0132 or email dana.k@norfield.com",
            "Card 4111 1111 1111 1111 expires 09/27", "价格是¥128,000，一年", "身份证号11010519491231002X你们登记一下",
        ];
        var expected = lines.Select(l => Default.Redact(l).Text).ToArray();

        Parallel.For(0, 2000, i => Assert.Equal(expected[i % lines.Length], Default.Redact(lines[i % lines.Length]).Text));
    }
}
