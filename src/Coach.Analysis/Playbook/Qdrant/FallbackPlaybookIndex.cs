using Microsoft.Extensions.Logging;

namespace Coach.Analysis.Playbook.Qdrant;

/// <summary>
/// Qdrant when it answers, the in-process index when it does not. Every change goes to both, so the
/// in-process copy is always whole; searches go to Qdrant unless it failed within the last
/// <see cref="QdrantOptions.RetryAfter"/>, and any Qdrant failure falls back at once, so a rep never
/// sees an error. When Qdrant comes back its copy is brought up to date before it serves again.
/// </summary>
public sealed partial class FallbackPlaybookIndex(
    QdrantPlaybookIndex qdrant,
    InProcessPlaybookIndex local,
    QdrantOptions options,
    ILogger<FallbackPlaybookIndex> logger,
    TimeProvider time) : IPlaybookIndex
{
    private readonly SemaphoreSlim _resync = new(1, 1);
    private DateTimeOffset _downSince = DateTimeOffset.MinValue;
    private bool _stale;

    public string Name => IsDegraded ? "in-process (Qdrant unreachable)" : "qdrant";

    /// <summary>True while Qdrant is failing and searches are served in process.</summary>
    public bool IsDegraded { get; private set; }

    public string? LastError { get; private set; }

    public async Task UpsertAsync(IReadOnlyCollection<PlaybookSnippet> snippets, CancellationToken ct)
    {
        await local.UpsertAsync(snippets, ct);
        await TryAsync(() => qdrant.UpsertAsync(snippets, ct), markStale: true);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        await local.DeleteAsync(ids, ct);
        await TryAsync(() => qdrant.DeleteAsync(ids, ct), markStale: true);
    }

    public async Task<IReadOnlyList<PlaybookIndexHit>> SearchAsync(PlaybookQuery query, CancellationToken ct)
    {
        if (!IsDegraded || time.GetUtcNow() - _downSince >= options.RetryAfter)
        {
            if (_stale && !await ResyncAsync(ct))
            {
                return local.Search(query);
            }

            IReadOnlyList<PlaybookIndexHit>? hits = null;
            if (await TryAsync(async () => hits = await qdrant.SearchAsync(query, ct), markStale: false))
            {
                return hits!;
            }
        }

        return local.Search(query);
    }

    /// <summary>Pushes the whole in-process copy to Qdrant (unchanged snippets are skipped by hash).</summary>
    private async Task<bool> ResyncAsync(CancellationToken ct)
    {
        await _resync.WaitAsync(ct);
        try
        {
            if (!_stale)
            {
                return true;
            }

            var all = local.All();
            var ok = await TryAsync(() => qdrant.UpsertAsync(all, ct), markStale: true);
            _stale = !ok;
            return ok;
        }
        finally
        {
            _resync.Release();
        }
    }

    private async Task<bool> TryAsync(Func<Task> action, bool markStale)
    {
        try
        {
            await action();
            if (IsDegraded)
            {
                LogRecovered(logger);
            }

            IsDegraded = false;
            LastError = null;
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            if (!IsDegraded)
            {
                LogUnreachable(logger, ex.Message);
            }

            IsDegraded = true;
            LastError = ex.Message;
            _downSince = time.GetUtcNow();
            _stale |= markStale;
            return false;
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "Qdrant is unreachable ({Reason}); serving playbook searches from the in-process index")]
    private static partial void LogUnreachable(ILogger logger, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Qdrant answers again; playbook searches go to Qdrant")]
    private static partial void LogRecovered(ILogger logger);
}
