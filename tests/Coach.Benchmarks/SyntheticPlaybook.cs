using Coach.Analysis.Playbook;

namespace Coach.Benchmarks;

/// <summary>
/// A playbook of any size for benchmarks: the shipped snippets, then variants that splice sentences of
/// two shipped snippets of the same language, so term statistics stay realistic.
/// </summary>
internal static class SyntheticPlaybook
{
    public static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "playbook");

    public static List<PlaybookSnippet> Create(int count)
    {
        var shipped = PlaybookLoader.LoadFolder(ShippedFolder).ToList();
        var result = new List<PlaybookSnippet>(shipped);
        var random = new Random(1);
        var byLang = shipped.GroupBy(s => s.Lang).ToDictionary(g => g.Key, g => g.ToList());
        while (result.Count < count)
        {
            var a = shipped[random.Next(shipped.Count)];
            var b = byLang[a.Lang][random.Next(byLang[a.Lang].Count)];
            var text = a.Text[..(a.Text.Length / 2)] + b.Text[(b.Text.Length / 2)..];
            result.Add(a with { Id = $"{a.Id}-x{result.Count}", Title = $"{a.Title} / {b.Title}", Text = text });
        }

        return result;
    }
}
