namespace Coach.Analysis.Playbook;

/// <summary>
/// Where playbook snippets are searched: in process by default, Qdrant when configured.
/// Upserts are keyed by snippet id; a snippet whose content hash is unchanged may be skipped.
/// </summary>
public interface IPlaybookIndex
{
    string Name { get; }

    Task UpsertAsync(IReadOnlyCollection<PlaybookSnippet> snippets, CancellationToken ct);

    Task DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken ct);

    /// <summary>
    /// Best lexical matches among the snippets that pass the filters. When nothing matches lexically but
    /// a situation filter is given (or the text is empty), snippets that pass the filters come back with
    /// score 0, so a query in one language still reaches the situation's snippets in the other.
    /// </summary>
    Task<IReadOnlyList<PlaybookIndexHit>> SearchAsync(PlaybookQuery query, CancellationToken ct);
}
