using Coach.Analysis.Playbook;

namespace Coach.Analysis.Tests.Playbook;

public sealed class SnippetMarkdownTests
{
    private const string Valid = """
        ---
        id: zh-test-price
        title: 价格异议:先认同
        lang: zh
        situations: [objection.price, close.alternative]
        keywords: [贵, 预算]
        stage: objection_handling
        ---
        先认同,再拆成本。
        可以说:"您是跟哪家比?"
        """;

    [Fact]
    public void AValidSnippetIsReadWithItsFrontMatterAndBody()
    {
        var s = SnippetMarkdown.Parse(Valid, "a.md");

        Assert.Equal("zh-test-price", s.Id);
        Assert.Equal(["objection.price", "close.alternative"], s.Situations);
        Assert.Equal("objection_handling", s.Stage);
        Assert.StartsWith("先认同", s.Text);
    }

    [Fact]
    public void WritingAndReadingASnippetGivesItBack()
    {
        var s = SnippetMarkdown.Parse(Valid, "a.md");

        var again = SnippetMarkdown.Parse(SnippetMarkdown.Write(s), "b.md");

        Assert.Equal(s.ContentHash, again.ContentHash);
    }

    [Theory]
    [InlineData("no front matter at all", "must start with a '---' line")]
    [InlineData("---\nid: x-1\ntitle: t\n", "not closed")]
    [InlineData("---\nid: [unclosed\n---\nbody", "not valid YAML")]
    [InlineData("---\nid: en-x\ntitle: t\nlang: en\nsituations: [objection.cheap]\n---\nSay: hi", "unknown situation id(s): objection.cheap")]
    [InlineData("---\nid: en-x\ntitle: t\nlang: fr\nsituations: [objection.price]\n---\nSay: hi", "lang 'fr'")]
    [InlineData("---\nid: Bad Id\ntitle: t\nlang: en\nsituations: [objection.price]\n---\nSay: hi", "id 'Bad Id'")]
    [InlineData("---\nid: en-x\ntitle: t\nlang: en\nsituations: []\n---\nSay: hi", "at least one situation")]
    [InlineData("---\nid: en-x\ntitle: t\nlang: en\nsituations: [objection.price]\nstage: lunch\n---\nSay: hi", "stage 'lunch'")]
    [InlineData("---\nid: en-x\ntitle: t\nlang: en\nsituations: [objection.price]\n---\n", "body is empty")]
    public void BadSnippetsAreRejectedSayingWhatIsWrong(string markdown, string problem)
    {
        var error = Assert.Throws<SnippetValidationException>(() => SnippetMarkdown.Parse(markdown, "bad.md"));

        Assert.Contains(problem, error.Message);
        Assert.StartsWith("bad.md: ", error.Message);
    }

    [Fact]
    public void ABodyTooLongToReadDuringACallIsRejected()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 121));
        var markdown = $"---\nid: en-long\ntitle: t\nlang: en\nsituations: [objection.price]\n---\n{words}";

        var error = Assert.Throws<SnippetValidationException>(() => SnippetMarkdown.Parse(markdown, "long.md"));

        Assert.Contains("at most 120 words", error.Message);
    }
}
