using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Resilience.Reconnects;

/// <summary>
/// One simulated call as a real client runs it: lines sent one after another over the hub; when the connection
/// drops, a new one (to the next instance), <c>StartCall</c> with the call's id to resume, and the line without an
/// ack sent again with the same seq until it is acknowledged.
/// </summary>
internal sealed class ReconnectingCall(string id, string lang, IReadOnlyList<(string Speaker, string Text)> lines, IReadOnlyList<string> urls,
    int firstInstance, string key)
{
    private readonly ConcurrentDictionary<string, int> _errors = new();
    private AbortableConnection? _connection;
    private int _instance = firstInstance;
    private volatile bool _inFlight;
    private int _connects;
    private int _ackedCount;

    public string Id { get; } = id;

    public string Lang { get; } = lang;

    public IReadOnlyList<(string Speaker, string Text)> Lines { get; } = lines;

    /// <summary>Seqs the service acknowledged.</summary>
    public HashSet<int> Acked { get; } = [];

    /// <summary>How many lines are acknowledged so far (safe to read while the call runs).</summary>
    public int AckedCount => Volatile.Read(ref _ackedCount);

    /// <summary>UtteranceLabeled messages received per seq, over all of the call's connections.</summary>
    public ConcurrentDictionary<int, int> Labeled { get; } = new();

    /// <summary>Suggestion messages received per suggestion id.</summary>
    public ConcurrentDictionary<string, int> Suggestions { get; } = new();

    public IReadOnlyDictionary<string, int> Errors => _errors;

    /// <summary>Connections opened after the first (each resumes the call with StartCall).</summary>
    public int Reconnects => Math.Max(0, _connects - 1);

    /// <summary>Lines sent again after a drop (the sender had no ack for them).</summary>
    public int Resends { get; private set; }

    public bool Finished { get; private set; }

    public JsonElement? Scorecard { get; private set; }

    /// <summary>True while a line is on its way and not yet acknowledged.</summary>
    public bool InFlight => _inFlight;

    /// <summary>Cuts the call's connection, as a network drop would; false when it has none right now.</summary>
    public bool Abort()
    {
        if (_connection is not { } connection || Finished)
        {
            return false;
        }

        return connection.Abort();
    }

    public async Task RunAsync(TimeSpan interval, CancellationToken ct)
    {
        var seq = 1;
        var resending = false;
        while (seq <= Lines.Count)
        {
            ct.ThrowIfCancellationRequested();
            var hub = await EnsureConnectedAsync(ct);
            var (speaker, text) = Lines[seq - 1];
            try
            {
                _inFlight = true;
                await hub.InvokeAsync<JsonElement>("SendUtterance", new { callId = Id, seq, speaker, text, startMs = seq * 3000L }, ct);
                _inFlight = false;
                Acked.Add(seq);
                Interlocked.Increment(ref _ackedCount);
                if (resending)
                {
                    Resends++;
                    resending = false;
                }

                seq++;
                await Task.Delay(interval, ct);
            }
            catch (HubException ex)
            {
                // A clear refusal (the line was not stored, say): the line is resent after a pause.
                _inFlight = false;
                _errors.AddOrUpdate(ex.Message, 1, (_, n) => n + 1);
                await Task.Delay(interval, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // The connection dropped with the line on its way: it may or may not have been stored.
                _inFlight = false;
                resending = true;
                await DropAsync();
            }
        }

        Finished = true;
        Scorecard = await EndAsync(ct);
        await DropAsync();
    }

    private async Task<JsonElement> EndAsync(CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var hub = await EnsureConnectedAsync(ct);
            try
            {
                return await hub.InvokeAsync<JsonElement>("EndCall", Id, ct);
            }
            catch (Exception ex) when (attempt < 20 && ex is not OperationCanceledException)
            {
                await DropAsync();
                await Task.Delay(100, ct);
            }
        }
    }

    private async Task<HubConnection> EnsureConnectedAsync(CancellationToken ct)
    {
        if (_connection is { Hub.State: HubConnectionState.Connected } live)
        {
            return live.Hub;
        }

        await DropAsync();
        for (var attempt = 0; ; attempt++)
        {
            var url = urls[_instance++ % urls.Count];
            try
            {
                var connection = await AbortableConnection.ConnectAsync(url, key, Subscribe, ct);
                await connection.Hub.InvokeAsync<JsonElement>("StartCall", new { callId = Id, lang = Lang }, ct);
                _connects++;
                _connection = connection;
                return connection.Hub;
            }
            catch (Exception ex) when (attempt < 600 && ex is not OperationCanceledException)
            {
                _errors.AddOrUpdate("connect: " + ex.GetType().Name, 1, (_, n) => n + 1);
                await Task.Delay(100, ct);
            }
        }
    }

    private void Subscribe(HubConnection hub)
    {
        hub.On<JsonElement>("UtteranceLabeled", m =>
        {
            if (m.GetProperty("callId").GetString() == Id)
            {
                Labeled.AddOrUpdate(m.GetProperty("seq").GetInt32(), 1, (_, n) => n + 1);
            }
        });
        hub.On<JsonElement>("Suggestion", m =>
        {
            if (m.GetProperty("callId").GetString() == Id)
            {
                Suggestions.AddOrUpdate(m.GetProperty("id").GetString()!, 1, (_, n) => n + 1);
            }
        });
    }

    private async Task DropAsync()
    {
        if (_connection is { } old)
        {
            _connection = null;
            await old.DisposeAsync();
        }
    }
}
