using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Resilience.Dependencies;

/// <summary>
/// One simulated call on its own hub connection, as a real client behaves: a line every interval, and a line without
/// an ack is resent with the same seq until it is acked. Labels and advice the rep receives are traced.
/// </summary>
public sealed class LiveCall : IAsyncDisposable
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(10);
    private static readonly (string Speaker, string Text)[] Script =
    [
        ("rep", "Thanks for the time today. How do you handle month-end close now?"),
        ("customer", "Every month-end finance works two or three extra days reconciling accounts."),
        ("rep", "How much do those mismatches cost you in a month?"),
        ("customer", "Honestly, your price is far above our budget."),
        ("rep", "How many people handle invoices today?"),
        ("customer", "We're already using Salesforce and the team likes it."),
        ("rep", "What would it mean for you if reps never re-typed orders?"),
        ("customer", "Could we run a two-week pilot with one team?"),
        ("rep", "Would you start with the Shanghai team or all regions?"),
        ("customer", "We need to talk to our boss before we decide anything."),
        ("customer", "How soon could it go live?"),
        ("customer", "It's too expensive for a company our size."),
    ];

    private readonly HubConnection _connection;
    private readonly CallTrace _trace;
    private volatile bool _rejoin;

    private LiveCall(HubConnection connection, string callId, CallTrace trace)
    {
        _connection = connection;
        CallId = callId;
        _trace = trace;
    }

    public string CallId { get; }

    /// <summary>The last seq acknowledged.</summary>
    public int Acked { get; private set; }

    public static async Task<LiveCall> StartAsync(string serviceUrl, string key, string callId, CallTrace trace, CancellationToken ct)
    {
        var connection = HubClients.Connect(serviceUrl, key);
        var call = new LiveCall(connection, callId, trace);
        connection.On<JsonElement>("UtteranceLabeled", m => call.Received(trace.RepLabeled, m));
        connection.On<JsonElement>("Suggestion", m => call.Received(trace.RepAdvice, m));
        connection.Reconnected += _ =>
        {
            Interlocked.Increment(ref trace.Reconnects);
            call._rejoin = true;
            return Task.CompletedTask;
        };
        await connection.StartAsync(ct);
        await connection.InvokeAsync<JsonElement>("StartCall", new { callId, title = "dependency outage run", lang = "en" }, ct);
        return call;
    }

    /// <summary>Sends lines until <paramref name="stop"/>; the line in flight then is still resent until acked (or <paramref name="abort"/>).</summary>
    public async Task RunAsync(TimeSpan interval, CancellationToken stop, CancellationToken abort)
    {
        for (var seq = 1; !stop.IsCancellationRequested && !abort.IsCancellationRequested; seq++)
        {
            var due = _trace.Now + interval.TotalSeconds;
            var (speaker, text) = Script[(seq - 1) % Script.Length];
            await SendUntilAckedAsync(seq, speaker, text, abort);
            var wait = due - _trace.Now;
            if (wait > 0 && !stop.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(wait), abort).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private async Task SendUntilAckedAsync(int seq, string speaker, string text, CancellationToken abort)
    {
        var sentAt = _trace.Now;
        for (var tries = 1; !abort.IsCancellationRequested; tries++)
        {
            try
            {
                if (_rejoin)
                {
                    _rejoin = false;
                    await _connection.InvokeAsync<JsonElement>("StartCall", new { callId = CallId }, abort);
                }

                using var answer = CancellationTokenSource.CreateLinkedTokenSource(abort);
                answer.CancelAfter(AnswerTimeout);
                await _connection.InvokeAsync<JsonElement>("SendUtterance", new { callId = CallId, seq, speaker, text }, answer.Token);
                _trace.Acks.Enqueue(new Ack(CallId, seq, sentAt, _trace.Now, tries));
                Acked = seq;
                return;
            }
            catch (HubException ex)
            {
                _trace.Error("SendUtterance", ex.Message);
            }
            catch (OperationCanceledException) when (!abort.IsCancellationRequested)
            {
                _trace.Error("SendUtterance", $"no answer within {AnswerTimeout.TotalSeconds:0} s");
            }
            catch (Exception ex) when (!abort.IsCancellationRequested && ex is not OperationCanceledException)
            {
                _trace.Error("SendUtterance", $"{ex.GetType().Name}: {ex.Message}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), abort).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private void Received(System.Collections.Concurrent.ConcurrentQueue<Delivery> into, JsonElement message)
    {
        if (message.GetProperty("callId").GetString() == CallId)
        {
            into.Enqueue(new Delivery(CallId, message.GetProperty("seq").GetInt32(), _trace.Now));
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
