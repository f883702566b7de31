using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Cli;

/// <summary>
/// Simulated calls over real SignalR connections, spread over one or more instances: each connection runs calls
/// back to back (one for the whole run, or one per <c>callLength</c>), sending a line every interval, and the
/// SendUtterance round trip and the time to the first Suggestion of a line are measured.
/// </summary>
public static class LoadGenerator
{
    private static readonly (string Speaker, string Text)[] Script =
    [
        ("rep", "王经理您好,今天想先了解一下你们仓库现在怎么管库存?"),
        ("customer", "每到月底财务都要加两三天班对账,真的很头疼。"),
        ("rep", "这些对不上的账,一个月大概会造成多少损失?"),
        ("customer", "这个价格超出我们预算太多了。"),
        ("rep", "How many people handle invoices today?"),
        ("customer", "We're already using Salesforce and the team likes it."),
        ("rep", "What would it mean for you if reps never re-typed orders?"),
        ("customer", "Could we run a two-week pilot with one team?"),
        ("rep", "Would you start with the Shanghai team or all regions?"),
        ("customer", "最快什么时候能上线?"),
    ];

    /// <param name="callLength">How long each call lasts before it ends and its connection starts the next; null: one call per connection for the whole run.</param>
    /// <param name="log">Progress lines (ramp-up, steady state).</param>
    /// <param name="steady">Called when every call is connected and the measured steady state begins.</param>
    public static async Task<LoadFigures> RunAsync(IReadOnlyList<Uri> urls, string key, int calls, TimeSpan interval, TimeSpan duration,
        TimeSpan? callLength, TextWriter log, CancellationToken ct, Action? steady = null)
    {
        // Thousands of client connections in one process: without spare pool threads the generator's own
        // scheduling delays would be measured as the server's latency.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 256), Math.Max(io, 256));

        var run = new Run();

        // Ramp-up, not measured: connect every slot, a few dozen at a time, round robin over the instances.
        log.WriteLine($"load-test: connecting {calls} calls to {urls.Count} instance(s)");
        var slots = new Slot?[calls];
        using (var gate = new SemaphoreSlim(32))
        {
            await Task.WhenAll(Enumerable.Range(0, calls).Select(async i =>
            {
                await gate.WaitAsync(ct);
                try
                {
                    slots[i] = await Slot.ConnectAsync(urls[i % urls.Count], key, i, run, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    run.Error("connect:" + ex.GetType().Name);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        // Steady state, measured: each slot sends a line every interval, the slots staggered over one interval.
        log.WriteLine($"load-test: {calls} calls, a line every {interval.TotalSeconds:0.#} s each, for {duration.TotalSeconds:0} s"
            + (callLength is { } length ? $", each call {length.TotalSeconds:0} s long" : ""));
        steady?.Invoke();
        var clock = Stopwatch.StartNew();
        var stopAt = interval + duration;
        await Task.WhenAll(slots.Select(async (slot, i) =>
        {
            if (slot is null)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromTicks(interval.Ticks * i / calls), ct);
            await slot.RunAsync(i, interval, clock, stopAt, callLength ?? stopAt, ct);
            await slot.DisposeAsync();
        }));

        return new LoadFigures([.. run.RoundTrips.Order()], [.. run.FirstSuggestions.Order()], run.LinesSent, run.CallsRun,
            new Dictionary<string, int>(run.Errors))
        {
            CustomerRoundTrips = [.. run.CustomerRoundTrips.Order()],
        };
    }

    private sealed class Run
    {
        private int _linesSent;
        private int _callsRun;

        public ConcurrentBag<double> RoundTrips { get; } = [];

        public ConcurrentBag<double> CustomerRoundTrips { get; } = [];

        public ConcurrentBag<double> FirstSuggestions { get; } = [];

        public ConcurrentDictionary<string, int> Errors { get; } = new();

        public int LinesSent => _linesSent;

        public int CallsRun => _callsRun;

        public void Error(string kind) => Errors.AddOrUpdate(kind, 1, (_, n) => n + 1);

        public void LineSent() => Interlocked.Increment(ref _linesSent);

        public void CallStarted() => Interlocked.Increment(ref _callsRun);
    }

    /// <summary>One simulated rep: a hub connection running calls one after another.</summary>
    private sealed class Slot(HubConnection connection, Run run, ConcurrentDictionary<(string, int), long> sentAt) : IAsyncDisposable
    {
        public static async Task<Slot> ConnectAsync(Uri url, string key, int index, Run run, CancellationToken ct)
        {
            var sentAt = new ConcurrentDictionary<(string, int), long>();
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(url, "/hubs/coach?access_token=" + Uri.EscapeDataString(key)))
                .Build();
            connection.On<JsonElement>("Suggestion", message =>
            {
                var line = (message.GetProperty("callId").GetString()!, message.GetProperty("seq").GetInt32());
                if (sentAt.TryRemove(line, out var started))
                {
                    run.FirstSuggestions.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            });
            await connection.StartAsync(ct);
            var slot = new Slot(connection, run, sentAt);
            // The first call starts in the ramp-up, as the connection does: the steady state measures lines, and
            // calls starting and ending only when calls are shorter than the run.
            slot._callId = await slot.StartCallAsync(index, ct);
            return slot;
        }

        private string? _callId;

        private async Task<string?> StartCallAsync(int index, CancellationToken ct)
        {
            var callId = $"load-{index}-{Guid.NewGuid():N}";
            try
            {
                await connection.InvokeAsync<JsonElement>("StartCall", new { callId, title = "load test" }, ct);
                run.CallStarted();
                return callId;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                run.Error("start:" + ex.GetType().Name);
                return null;
            }
        }

        public async Task RunAsync(int index, TimeSpan interval, Stopwatch clock, TimeSpan stopAt, TimeSpan callLength, CancellationToken ct)
        {
            while (clock.Elapsed < stopAt)
            {
                var callId = _callId ?? await StartCallAsync(index, ct);
                _callId = null;
                if (callId is null)
                {
                    await Task.Delay(interval, ct);
                    continue;
                }

                var endAt = clock.Elapsed + callLength;
                for (var seq = 1; clock.Elapsed < stopAt && clock.Elapsed < endAt; seq++)
                {
                    await SendAsync(callId, seq, clock.Elapsed + interval, clock, ct);
                }

                try
                {
                    await connection.InvokeAsync<JsonElement>("EndCall", callId, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    run.Error("end:" + ex.GetType().Name);
                }

                // Suggestions for this call that never came are not waited for.
                foreach (var pending in sentAt.Keys.Where(k => k.Item1 == callId))
                {
                    sentAt.TryRemove(pending, out _);
                }
            }
        }

        private async Task SendAsync(string callId, int seq, TimeSpan next, Stopwatch clock, CancellationToken ct)
        {
            var (speaker, text) = Script[(seq - 1) % Script.Length];
            var started = Stopwatch.GetTimestamp();
            sentAt[(callId, seq)] = started;
            run.LineSent();
            try
            {
                await connection.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq, speaker, text }, ct);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                run.RoundTrips.Add(elapsed);
                if (speaker == "customer")
                {
                    run.CustomerRoundTrips.Add(elapsed);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                run.Error(ex.GetType().Name);
            }

            var wait = next - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, ct);
            }
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
