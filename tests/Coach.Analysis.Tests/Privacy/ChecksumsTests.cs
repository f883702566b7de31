using Coach.Analysis.Privacy;

namespace Coach.Analysis.Tests.Privacy;

public sealed class ChecksumsTests
{
    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("4111 1111 1111 1111", true)]
    [InlineData("5555555555554444", true)]
    [InlineData("378282246310005", true)]
    [InlineData("6222021234567890128", true)]
    [InlineData("1234567812345678", false)]
    [InlineData("4111111111111112", false)]
    [InlineData("411111111111", false)]
    public void TheLuhnCheckTellsCardsFromOtherNumbers(string number, bool valid) =>
        Assert.Equal(valid, Checksums.IsLuhnValid(number));

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("440305199003071236", true)]
    [InlineData("440305199003071234", false)]
    [InlineData("110105194912310021", false)]
    [InlineData("11010519491331002X", false)]
    public void TheIdCheckCharacterFollowsIso7064Mod112(string id, bool valid) =>
        Assert.Equal(valid, Checksums.IsChineseIdValid(id));

    [Fact]
    public void TheCheckCharacterOfTheStandardsExampleIsX() =>
        Assert.Equal('X', Checksums.ChineseIdCheckCharacter("11010519491231002"));
}
