namespace Coach.Analysis.Playbook;

/// <summary>One search result, in the shape of <c>GET /api/playbook/search</c>.</summary>
public sealed record PlaybookHit(string Id, string Title, string Lang, IReadOnlyList<string> Situations, string Text, double Score)
{
    public static PlaybookHit Of(PlaybookSnippet s, double score) =>
        new(s.Id, s.Title, s.Lang, s.Situations, s.Text, Math.Round(score, 4));
}
