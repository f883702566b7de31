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
    private string _editsSeen = "";

    public IReadOnlyCollection<PlaybookSnippet> Snippets => _snippets.Values;

    public PlaybookSnippet? Find(string id) => _snippets.GetValueOrDefault(id);

    /// <summary>Loads shipped snippets and edits, and indexes them all.</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        var (snippets, seen) = Read();
        await index.UpsertAsync(snippets.Values, ct);
        _snippets = snippets;
        _editsSeen = seen;
        if (semantic is not null)
        {
            // Embedding hundreds of snippets through an endpoint takes seconds: do it behind start-up;
            // search is lexical until it is done.
            _ = Task.Run(() => semantic.UpsertAsync(snippets.Values.ToList(), CancellationToken.None), CancellationToken.None);
        }
    }

    /// <summary>
    /// Takes in changes other instances made to a shared edits folder since this instance last looked: changed and
    /// added snippets are indexed, deleted ones removed. Cheap when nothing changed (one listing of the folder).
    /// </summary>
    /// <returns>How many snippets changed, were added or were removed.</returns>
    public async Task<int> RefreshAsync(CancellationToken ct)
    {
        if (EditsSignature() == _editsSeen)
        {
            return 0;
        }

        await _gate.WaitAsync(ct);
        try
        {
            var (snippets, seen) = Read();
            var changed = snippets.Values
                .Where(s => !_snippets.TryGetValue(s.Id, out var before) || SnippetMarkdown.Write(before) != SnippetMarkdown.Write(s))
                .ToList();
            var removed = _snippets.Keys.Where(id => !snippets.ContainsKey(id)).ToList();
            if (changed.Count > 0)
            {
                await index.UpsertAsync(changed, CancellationToken.None);
                await (semantic?.UpsertAsync(changed, CancellationToken.None) ?? Task.CompletedTask);
            }

            if (removed.Count > 0)
            {
                await index.DeleteAsync(removed, CancellationToken.None);
                await (semantic?.DeleteAsync(removed, CancellationToken.None) ?? Task.CompletedTask);
            }

            _snippets = snippets;
            _editsSeen = seen;
            return changed.Count + removed.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The shipped snippets overlaid by the edits folder, and the folder's signature as read.</summary>
    private (Dictionary<string, PlaybookSnippet> Snippets, string Seen) Read()
    {
        var seen = EditsSignature();
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

        return (snippets, seen);
    }

    /// <summary>Names, sizes and write times of the edits folder's files: changes when any instance changes an edit.</summary>
    private string EditsSignature() => !Directory.Exists(editsFolder)
        ? ""
        : string.Join('|', new DirectoryInfo(editsFolder).EnumerateFiles()
            .Where(f => f.Extension is ".md" or ".deleted")
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));

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
