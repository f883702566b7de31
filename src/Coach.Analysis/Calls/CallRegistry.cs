using System.Collections.Concurrent;
using Coach.Analysis.Storage;
using Coach.Analysis.Suggestions;

namespace Coach.Analysis.Calls;

/// <summary>
/// The live calls of this instance: in memory while they run, written through to the store line by
/// line, and brought back from the store when a client resumes a call this instance does not hold
/// (after a restart, or a reconnect that lands on another instance).
/// </summary>
public sealed class CallRegistry(TimeProvider time, SuggestionOptions options, CallStore? store = null, Privacy.Redactor? redactor = null)
{
    private readonly ConcurrentDictionary<string, CallSession> _calls = new();
    private readonly SemaphoreSlim _loading = new(1, 1);
    private int _starts;

    /// <summary>A call with no line for this long is let go from memory (it stays in the store and comes back when used).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Starts a new call, or resumes <paramref name="callId"/> when it exists here or in the store.</summary>
    public async Task<CallSession> StartAsync(string owner, string? team, string? callId, string? title, string? lang, CancellationToken ct)
    {
        if (callId is not null && await FindCurrentAsync(callId, ct) is { } existing)
        {
            return existing;
        }

        if (store is not null && Interlocked.Increment(ref _starts) % 256 == 0)
        {
            var cutoff = time.GetUtcNow() - IdleTimeout;
            foreach (var idle in _calls.Values.Where(c => c.LastActivity < cutoff))
            {
                _calls.TryRemove(idle.Id, out _);
            }
        }

        var call = new CallSession(callId ?? Guid.NewGuid().ToString("N"), owner, team, title, lang, time.GetUtcNow(), options,
            store, time, redactor: redactor);
        if (!_calls.TryAdd(call.Id, call))
        {
            return _calls[call.Id];
        }

        if (store is not null)
        {
            try
            {
                await store.AddCallAsync(call, ct);
            }
            catch (Microsoft.EntityFrameworkCore.DbUpdateException) when (callId is not null)
            {
                // Another instance started the same call id a moment ago: resume theirs.
                _calls.TryRemove(call.Id, out _);
                return await FindAsync(callId, ct) ?? throw new InvalidOperationException($"Call {callId} could not be stored.");
            }
        }

        return call;
    }

    /// <summary>
    /// Like <see cref="FindAsync"/>, and a copy this instance already held takes in what other instances stored
    /// since (for a resume, a coach starting to watch, the end of a call). Best effort while the store is down.
    /// </summary>
    public async Task<CallSession?> FindCurrentAsync(string callId, CancellationToken ct)
    {
        var held = _calls.TryGetValue(callId, out var call);
        call ??= await FindAsync(callId, ct);
        if (held && call is not null)
        {
            try
            {
                await call.CatchUpAsync(ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store is unreachable: this copy is the best there is; lines sent now will say they were not stored.
            }
        }

        return call;
    }

    public async Task<CallSession?> FindAsync(string callId, CancellationToken ct)
    {
        if (_calls.TryGetValue(callId, out var call) || store is null)
        {
            return call;
        }

        await _loading.WaitAsync(ct);
        try
        {
            if (_calls.TryGetValue(callId, out call))
            {
                return call;
            }

            if (await store.LoadAsync(callId, ct) is not { } stored)
            {
                return null;
            }

            call = new CallSession(stored.Call.Id, stored.Call.Owner, stored.Call.Team, stored.Call.Title, stored.Call.Lang, stored.Call.StartedAt,
                options, store, time, stored.Call.Source, redactor);
            call.Restore(stored.Lines, stored.Call.EndedAt, stored.Call.Tags);
            _calls[call.Id] = call;
            return call;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Ends a call and lets it go from memory: it is in the store, and comes back from there when a coach opens it.</summary>
    public async Task<Scorecard> EndAsync(CallSession call, CancellationToken ct)
    {
        var scorecard = await call.EndAsync(time.GetUtcNow(), ct);
        if (store is not null)
        {
            _calls.TryRemove(call.Id, out _);
        }

        return scorecard;
    }
}
