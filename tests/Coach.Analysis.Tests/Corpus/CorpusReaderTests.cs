using Coach.Analysis.Corpus;

namespace Coach.Analysis.Tests.Corpus;

public sealed class CorpusReaderTests
{
    [Fact]
    public void ValidCustomerAndRepLinesAreRead()
    {
        var customer = CorpusReader.Parse(
            """{"id":"zh-0001","lang":"zh","speaker":"customer","text":"每到月底财务都要加两三天班对账。","need":"latent","signal":"none","objection":"none"}""",
            "f", 1);
        var rep = CorpusReader.Parse(
            """{"id":"en-0002","lang":"en","speaker":"rep","text":"What's the hardest part of month-end close?","spin":"problem","close":"none"}""",
            "f", 2);

        Assert.Equal("latent", customer.Need);
        Assert.Equal("problem", rep.Spin);
    }

    [Theory]
    [InlineData("""{"id":"x","lang":"zh","speaker":"customer","text":"好的","need":"latent","signal":"none"}""", "missing label 'objection'")]
    [InlineData("""{"id":"x","lang":"zh","speaker":"customer","text":"好的","need":"huge","signal":"none","objection":"none"}""", "'huge' is not a need label")]
    [InlineData("""{"id":"x","lang":"fr","speaker":"rep","text":"oui","spin":"problem","close":"none"}""", "lang 'fr'")]
    [InlineData("""{"id":"x","lang":"en","speaker":"boss","text":"hi","spin":"problem","close":"none"}""", "speaker 'boss'")]
    [InlineData("""{"id":"x","lang":"en","speaker":"rep","text":"hi","spin":"problem","close":"none","need":"latent"}""", "must not carry 'need'")]
    [InlineData("""{"id":"x","lang":"en","speaker":"rep","text":"  ","spin":"problem","close":"none"}""", "text is empty")]
    [InlineData("""{"id":"x","lang":"en",""", "not a valid labeled utterance")]
    public void BadLinesAreRejectedWithFileLineAndReason(string line, string reason)
    {
        var error = Assert.Throws<CorpusFormatException>(() => CorpusReader.Parse(line, "data/bad.jsonl", 7));

        Assert.StartsWith("data/bad.jsonl:7: ", error.Message);
        Assert.Contains(reason, error.Message);
    }
}
