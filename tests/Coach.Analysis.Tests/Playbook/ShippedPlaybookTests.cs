using Coach.Analysis.Playbook;

namespace Coach.Analysis.Tests.Playbook;

public sealed class ShippedPlaybookTests
{
    [Fact]
    public void EverySituationHasAtLeastThreeSnippetsInEachLanguage()
    {
        var snippets = PlaybookLoader.LoadFolder(TestPaths.Playbook);

        Assert.True(snippets.Count >= 160, $"{snippets.Count} snippets");
        var thin = Situations.All
            .SelectMany(s => new[] { "zh", "en" }.Select(lang => (s, lang, n: snippets.Count(x => x.Lang == lang && x.Situations.Contains(s)))))
            .Where(x => x.n < 3)
            .Select(x => $"{x.s} ({x.lang}): {x.n}")
            .ToList();
        Assert.Empty(thin);
    }

    [Fact]
    public void EverySnippetHasALineTheRepCanSay()
    {
        var snippets = PlaybookLoader.LoadFolder(TestPaths.Playbook);

        var silent = snippets.Where(s => !s.Text.Contains("可以说") && !s.Text.Contains("Say:")).Select(s => s.Id).ToList();

        Assert.Empty(silent);
    }

    [Fact]
    public void TheSituationCueTableNamesOnlyKnownSituations()
    {
        var table = SituationCueTable.Load(Path.Combine(TestPaths.Playbook, "situation-cues.yml"));

        Assert.Contains("objection.price", table.Match("客户嫌贵"));
        Assert.Contains("objection.competitor", table.Match("they're already using HubSpot"));
    }
}
