namespace Coach.Analysis.Tests.Privacy;

/// <summary>Numbers that look a little like personal data and must stay readable.</summary>
public sealed class RedactorNearMissTests
{
    [Theory]
    [InlineData("首年报价¥128,000，含实施")]
    [InlineData("we're paying $42,000 a year for it")]
    [InlineData("预算大概12.8万")]
    [InlineData("we process 1,800 invoices a month")]
    [InlineData("单价3999元一套")]
    public void PricesAndAmountsAreNotMasked(string line) => AssertUnchanged(line);

    [Theory]
    [InlineData("合同2026-11-23到期")]
    [InlineData("我们2026年11月23日上线")]
    [InlineData("明天10:30开会")]
    [InlineData("we'd go live in Q3 2026")]
    [InlineData("we used them from 2019-2024")]
    [InlineData("会议定在2026-11-23 10:30，2026-11-24 14:00备选")]
    public void DatesTimesAndYearRangesAreNotMasked(string line) => AssertUnchanged(line);

    [Theory]
    [InlineData("先订500台试试")]
    [InlineData("we'd order 2,000 units next quarter")]
    [InlineData("SKU 4711-220 is out of stock")]
    [InlineData("订单号20261123001还没发货")]
    public void QuantitiesSkusAndOrderNumbersAreNotMasked(string line) => AssertUnchanged(line);

    [Theory]
    [InlineData("we're still on v2.3.1")]
    [InlineData("能再便宜15%吗")]
    [InlineData("see www.example.com for the spec")]
    public void VersionsPercentagesAndUrlsAreNotMasked(string line) => AssertUnchanged(line);

    [Fact]
    public void ASixteenDigitNumberThatFailsLuhnIsNotMasked() => AssertUnchanged("ref 1234 5678 1234 5678 and 1234567812345678");

    [Theory]
    [InlineData("下单时间20261123103008")]
    [InlineData("order 2026112300002 shipped")]
    public void ALongNumberThatPassesLuhnButStartsWithAYearIsNotMasked(string line) => AssertUnchanged(line);

    [Fact]
    public void AnEighteenDigitNumberWhoseIdChecksumFailsIsNotMasked()
    {
        // Check character 6 would be valid; 4 is not (and the number fails Luhn too, so it is no card either).
        AssertUnchanged("身份证号440305199003071234");
    }

    [Theory]
    [InlineData("SSN 000-12-3456")]
    [InlineData("SSN 666-12-3456")]
    [InlineData("SSN 912-34-5678")]
    public void ImpossibleSocialSecurityNumbersAreNotMasked(string line) => AssertUnchanged(line);

    [Fact]
    public void AnIdWithAnImpossibleBirthDateIsNotMasked()
    {
        // 30 February: the regex takes the shape, the date check refuses it (whatever the check character).
        const string first17 = "11010519490230002";
        AssertUnchanged("身份证" + first17 + Coach.Analysis.Privacy.Checksums.ChineseIdCheckCharacter(first17));
    }

    private static void AssertUnchanged(string line)
    {
        var result = RedactorTests.Default.Redact(line);

        Assert.Same(line, result.Text);
        Assert.Empty(result.Redactions);
    }
}
