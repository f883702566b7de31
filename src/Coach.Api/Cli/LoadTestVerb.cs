using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Cli;

/// <summary>
/// <c>load-test --url http://127.0.0.1:5080 --key KEY [--calls 2000] [--interval 3] [--duration 60]</c>:
/// simulated calls over real SignalR connections, each sending a line every interval, and the
/// SendUtterance round trip and time to the first Suggestion as p50/p95/p99, with errors.
/// Only for services you run yourself: point it at loopback.
/// </summary>
public static class LoadTestVerb
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

    public static Command Create()
    {
        var url = new Option<string>("--url") { Description = "The service to load (loopback).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var key = new Option<string>("--key") { Description = "An API key with the rep, admin or ingest role.", Required = true };
        var calls = new Option<int>("--calls") { Description = "Concurrent simulated calls.", DefaultValueFactory = _ => 2000 };
        var interval = new Option<double>("--interval") { Description = "Seconds between a call's lines.", DefaultValueFactory = _ => 3 };
        var duration = new Option<double>("--duration") { Description = "Seconds of steady load after all calls started.", DefaultValueFactory = _ => 60 };
        var command = new Command("load-test", "Drive simulated calls through the hub and print latency percentiles.")
        {
            url, key, calls, interval, duration,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(url)!, parse.GetValue(key)!, parse.GetValue(calls),
            TimeSpan.FromSeconds(parse.GetValue(interval)), TimeSpan.FromSeconds(parse.GetValue(duration)), ct));
        return command;
    }

    private static async Task<int> RunAsync(string address, string key, int calls, TimeSpan interval, TimeSpan duration, CancellationToken ct)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url))
        {
            Console.Error.WriteLine($"load-test: --url '{address}' is not an absolute URL.");
            return 2;
        }

        if (!url.IsLoopback)
        {
            Console.Error.WriteLine("load-test: only loopback addresses may be loaded.");
            return 2;
        }

        if (calls < 1 || interval <= TimeSpan.Zero || duration <= TimeSpan.Zero)
        {
            Console.Error.WriteLine("load-test: --calls, --interval and --duration must be positive.");
            return 2;
        }

        // Thousands of client connections in one process: without spare pool threads the generator's own
        // scheduling delays would be measured as the server's latency.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 256), Math.Max(io, 256));

        var roundTrips = new ConcurrentBag<double>();
        var firstSuggestion = new ConcurrentBag<double>();
        var errors = new ConcurrentDictionary<string, int>();

        // Ramp-up, not measured: connect every call and start it, a few dozen at a time.
        Console.Error.WriteLine($"load-test: connecting {calls} calls");
        var sessions = new SimulatedCall?[calls];
        using (var gate = new SemaphoreSlim(32))
        {
            await Task.WhenAll(Enumerable.Range(0, calls).Select(async i =>
            {
                await gate.WaitAsync(ct);
                try
                {
                    sessions[i] = await SimulatedCall.StartAsync(url, key, i, firstSuggestion, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    errors.AddOrUpdate("connect:" + ex.GetType().Name, 1, (_, n) => n + 1);
                }
                finally
                {
                    gate.Release();
                }
            }));
        }

        // Steady state, measured: each call sends a line every interval, starts staggered over one interval.
        Console.Error.WriteLine($"load-test: {calls} calls, a line every {interval.TotalSeconds:0.#} s each, for {duration.TotalSeconds:0} s");
        var clock = Stopwatch.StartNew();
        var stopAt = interval + duration;
        await Task.WhenAll(sessions.Select(async (call, i) =>
        {
            if (call is null)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromTicks(interval.Ticks * i / calls), ct);
            await call.RunAsync(interval, clock, stopAt, roundTrips, errors, ct);
            await call.DisposeAsync();
        }));

        Print("SendUtterance round trip", roundTrips);
        Print("time to first Suggestion", firstSuggestion);
        var errorCount = errors.Values.Sum();
        Console.WriteLine($"lines sent {roundTrips.Count + errors.Where(e => !e.Key.Contains(':')).Sum(e => e.Value)}, errors {errorCount}" +
            (errors.IsEmpty ? "" : " (" + string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value}")) + ")"));
        return 0;
    }

    /// <summary>One simulated call on its own hub connection.</summary>
    private sealed class SimulatedCall(HubConnection connection, string callId, ConcurrentDictionary<int, long> sentAt) : IAsyncDisposable
    {
        public static async Task<SimulatedCall> StartAsync(Uri url, string key, int index, ConcurrentBag<double> firstSuggestion,
            CancellationToken ct)
        {
            var sentAt = new ConcurrentDictionary<int, long>();
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(url, "/hubs/coach?access_token=" + Uri.EscapeDataString(key)))
                .Build();
            connection.On<JsonElement>("Suggestion", message =>
            {
                if (sentAt.TryRemove(message.GetProperty("seq").GetInt32(), out var started))
                {
                    firstSuggestion.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            });
            await connection.StartAsync(ct);
            var callId = $"load-{index}-{Guid.NewGuid():N}";
            await connection.InvokeAsync<JsonElement>("StartCall", new { callId, title = "load test" }, ct);
            return new SimulatedCall(connection, callId, sentAt);
        }

        public async Task RunAsync(TimeSpan interval, Stopwatch clock, TimeSpan stopAt, ConcurrentBag<double> roundTrips,
            ConcurrentDictionary<string, int> errors, CancellationToken ct)
        {
            for (var seq = 1; clock.Elapsed < stopAt; seq++)
            {
                var next = clock.Elapsed + interval;
                var (speaker, text) = Script[(seq - 1) % Script.Length];
                var started = Stopwatch.GetTimestamp();
                sentAt[seq] = started;
                try
                {
                    await connection.InvokeAsync<JsonElement>("SendUtterance", new { callId, seq, speaker, text }, ct);
                    roundTrips.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    errors.AddOrUpdate(ex.GetType().Name, 1, (_, n) => n + 1);
                }

                var wait = next - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, ct);
                }
            }

            try
            {
                await connection.InvokeAsync<JsonElement>("EndCall", callId, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                errors.AddOrUpdate("end:" + ex.GetType().Name, 1, (_, n) => n + 1);
            }
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }

    private static void Print(string what, ConcurrentBag<double> samples)
    {
        var sorted = samples.Order().ToArray();
        if (sorted.Length == 0)
        {
            Console.WriteLine($"{what}: no samples");
            return;
        }

        double P(double q) => sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(q * sorted.Length) - 1)];
        Console.WriteLine($"{what}: n={sorted.Length} p50 {P(0.50):0.0} ms  p95 {P(0.95):0.0} ms  p99 {P(0.99):0.0} ms  max {sorted[^1]:0.0} ms");
    }
}
