namespace Coach.Analysis.Playbook;

/// <summary>
/// The playbook as the team sees it: the shipped snippets, overlaid by admins' additions, edits and
/// deletions kept in their own folder (one Markdown file per added or edited snippet, one
/// <c>.deleted</c> marker per deleted one), so shipped files stay untouched and every change survives a
/// restart. Each change is written to disk first (atomically) and then pushed to the index.
/// </summary>
public sealed class PlaybookStore(string shippedFolder, string editsFolder, IPlaybookIndex index,
    Semantic.SemanticRanker? semantic = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<string, PlaybookSnippet> _snippets = [];

    public IReadOnlyCollection<PlaybookSnippet> Snippets => _snippets.Values;

    public PlaybookSnippet? Find(string id) => _snippets.GetValueOrDefault(id);

    /// <summary>Loads shipped snippets and edits, and indexes them all.</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        var snippets = PlaybookLoader.LoadFolder(shippedFolder).ToDictionary(s => s.Id);
        if (Directory.Exists(editsFolder))
        {
            foreach (var marker in Directory.EnumerateFiles(editsFolder, "*.deleted"))
            {
                snippets.Remove(Path.GetFileNameWithoutExtension(marker));
            }

            foreach (var edited in PlaybookLoader.LoadFolder(editsFolder))
            {
                snippets[edited.Id] = edited;
            }
        }

        await index.UpsertAsync(snippets.Values, ct);
        _snippets = snippets;
        if (semantic is not null)
        {
            // Embedding hundreds of snippets through an endpoint takes seconds: do it behind start-up;
            // search is lexical until it is done.
            _ = Task.Run(() => semantic.UpsertAsync(snippets.Values.ToList(), CancellationToken.None), CancellationToken.None);
        }
    }

    public Task<PlaybookChange> AddAsync(PlaybookSnippet snippet, CancellationToken ct) =>
        ChangeAsync(snippet.Id, ct, () =>
        {
            if (_snippets.ContainsKey(snippet.Id))
            {
                return PlaybookChange.Conflict;
            }

            Persist(snippet);
            return PlaybookChange.Done;
        }, snippet);

    public Task<PlaybookChange> UpdateAsync(PlaybookSnippet snippet, CancellationToken ct) =>
        ChangeAsync(snippet.Id, ct, () =>
        {
            if (!_snippets.ContainsKey(snippet.Id))
            {
                return PlaybookChange.NotFound;
            }

            Persist(snippet);
            return PlaybookChange.Done;
        }, snippet);

    public Task<PlaybookChange> DeleteAsync(string id, CancellationToken ct) =>
        ChangeAsync(id, ct, () =>
        {
            if (!_snippets.ContainsKey(id))
            {
                return PlaybookChange.NotFound;
            }

            Directory.CreateDirectory(editsFolder);
            WriteAtomically(Path.Combine(editsFolder, id + ".deleted"), DateTime.UtcNow.ToString("O"));
            File.Delete(Path.Combine(editsFolder, id + ".md"));
            return PlaybookChange.Done;
        }, null);

    private async Task<PlaybookChange> ChangeAsync(string id, CancellationToken ct, Func<PlaybookChange> write,
        PlaybookSnippet? upsert)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var result = write();
            if (result != PlaybookChange.Done)
            {
                return result;
            }

            var next = new Dictionary<string, PlaybookSnippet>(_snippets);
            if (upsert is null)
            {
                next.Remove(id);
                await index.DeleteAsync([id], CancellationToken.None);
                await (semantic?.DeleteAsync([id], CancellationToken.None) ?? Task.CompletedTask);
            }
            else
            {
                next[id] = upsert;
                await index.UpsertAsync([upsert], CancellationToken.None);
                await (semantic?.UpsertAsync([upsert], CancellationToken.None) ?? Task.CompletedTask);
            }

            _snippets = next;
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Persist(PlaybookSnippet snippet)
    {
        Directory.CreateDirectory(editsFolder);
        WriteAtomically(Path.Combine(editsFolder, snippet.Id + ".md"), SnippetMarkdown.Write(snippet));
        File.Delete(Path.Combine(editsFolder, snippet.Id + ".deleted"));
    }

    private static void WriteAtomically(string path, string content)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}

public enum PlaybookChange
{
    Done,
    NotFound,
    Conflict,
}
