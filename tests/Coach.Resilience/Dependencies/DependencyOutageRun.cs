using Coach.Resilience.Processes;

namespace Coach.Resilience.Dependencies;

/// <summary>
/// Two instances of the service on a real PostgreSQL and a real Redis, live calls on both (a coach on each instance
/// watching calls of the other), then Redis stopped and started again, then PostgreSQL, then Qdrant when one is
/// given (cut behind a <see cref="TcpProxy"/>). Clients resend every line until it is acked. Health, client errors,
/// advice and recovery times are recorded per outage; at the end the acked lines are compared with the database.
/// </summary>
public static class DependencyOutageRun
{
    public const string IngestKey = ServiceCluster.Key;
    public const string CoachKey = "deps-coach-key-0123456789";
    private const int Instances = 2;

    public static async Task<DependencyOutageReport> RunAsync(DepsSettings settings, TextWriter progress, CancellationToken ct)
    {
        var report = new DependencyOutageReport();
        var trace = new CallTrace();
        await using var qdrant = settings.QdrantUrl is { } q ? new TcpProxy(new Uri(q).Host, new Uri(q).Port) : null;
        var environment = new Dictionary<string, string>
        {
            ["Coach__ApiKeys__0__Name"] = "dialer", ["Coach__ApiKeys__0__Team"] = "east",
            ["Coach__ApiKeys__1__Key"] = CoachKey, ["Coach__ApiKeys__1__Role"] = "coach", ["Coach__ApiKeys__1__Team"] = "east",
        };
        if (qdrant is not null)
        {
            environment["Coach__Playbook__Qdrant__Url"] = $"http://127.0.0.1:{qdrant.Port}";
        }

        await using var cluster = await ServiceCluster.StartAsync(Instances, environment);
        var (services, postgres, redis) = (cluster.Instances, cluster.Postgres!, cluster.Redis!);
        try
        {
            var pids = services.Select(s => s.ProcessId).ToList();
            progress.WriteLine($"deps: PostgreSQL on {postgres.Port}, Redis on {redis.Port}, instances on {string.Join(", ", services.Select(s => s.Port))}; " +
                $"{settings.Calls} calls, a line every {settings.IntervalMs} ms, outages of {settings.OutageSeconds} s");

            var calls = new List<(LiveCall Call, int Instance)>();
            for (var i = 0; i < settings.Calls; i++)
            {
                var instance = i % Instances;
                calls.Add((await LiveCall.StartAsync(services[instance].Url, IngestKey, $"deps-{i}-{Guid.NewGuid():N}", trace, ct), instance));
            }

            // Every fifth call is watched by a coach connected to the other instance.
            var watched = calls.Where((_, i) => i % 5 == 0).ToList();
            var coaches = new List<CoachWatch>();
            for (var i = 0; i < Instances; i++)
            {
                coaches.Add(await CoachWatch.StartAsync(services[i].Url, CoachKey,
                    [.. watched.Where(c => c.Instance != i).Select(c => c.Call.CallId)], trace, ct));
            }

            await using var health = new HealthWatch([.. services.Select(s => s.Url)], trace);
            using var stopSending = new CancellationTokenSource();
            using var abort = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var senders = calls.Select(c => c.Call.RunAsync(TimeSpan.FromMilliseconds(settings.IntervalMs), stopSending.Token, abort.Token)).ToList();
            using var rest = new RestProber(services[0].Url, IngestKey, trace);
            await Task.Delay(TimeSpan.FromSeconds(3), ct);

            var outage = TimeSpan.FromSeconds(settings.OutageSeconds);
            report.Outages.Add(await OutageAsync("Redis", "backplane", redis.StopAsync, redis.StartAsync, null,
                back => trace.CoachLabeled.Any(d => d.At >= back), settings, outage, trace, health, rest, progress, ct));
            report.Outages.Add(await OutageAsync("PostgreSQL", "store", postgres.StopAsync, postgres.StartAsync, "the database is unreachable",
                back => trace.Acks.Any(a => a.AckedAt >= back), settings, outage, trace, health, rest, progress, ct));
            if (qdrant is not null)
            {
                report.Outages.Add(await OutageAsync("Qdrant", "playbook", () => { qdrant.Cut(); return Task.CompletedTask; },
                    () => { qdrant.Restore(); return Task.CompletedTask; }, null, back => trace.Acks.Any(a => a.AckedAt >= back),
                    settings, outage, trace, health, rest, progress, ct));
            }

            await Task.Delay(TimeSpan.FromSeconds(2), ct);
            await stopSending.CancelAsync();
            abort.CancelAfter(TimeSpan.FromSeconds(settings.RecoverySeconds));
            await Task.WhenAll(senders);
            var unacked = calls.Count(c => c.Call.Acked == 0) + trace.Acks.Count - trace.Acks.DistinctBy(a => (a.CallId, a.Seq)).Count();

            var watchedIds = watched.Select(w => w.Call.CallId).ToHashSet();
            var stored = await StoredCalls.ReadDatabaseAsync(cluster.DatabaseConnectionString!, [.. calls.Select(c => c.Call.CallId)], watchedIds, ct);
            var served = await StoredCalls.ReadApiAsync(calls.Select(c => (c.Call.CallId, services[c.Instance].Url)), IngestKey, watchedIds, ct);
            var outages = report.Outages.ToList();
            report.Outages.Clear();
            foreach (var o in outages)
            {
                report.Outages.Add(OutageFigures.From(o.Dependency, o.Check, o.DownAt, o.StartingAt, o.BackAt, o.EndAt, trace, [.. health.Samples], Instances, stored,
                    o.Dependency == "PostgreSQL" ? "the database is unreachable" : null));
            }

            Totals(report, [.. calls.Select(c => c.Call)], trace, stored, unacked);
            Totals(report, [.. calls.Select(c => c.Call)], trace, served, unacked);
            var exited = services.Where(s => s.HasExited).ToList();
            report.Lines.Add($"service processes: {(exited.Count == 0 && services.Select(s => s.ProcessId).SequenceEqual(pids) ? "never exited, never restarted" : $"{exited.Count} exited")}" +
                $" (pids {string.Join(", ", pids)}); client reconnects: {trace.Reconnects}");
            if (exited.Count > 0)
            {
                report.Failures.Add($"{exited.Count} service process(es) exited");
            }

            // The Redis outage is logged once each way per instance, not per message.
            string[] events = ["Lost the Redis backplane", "Sends through the Redis backplane fail", "The Redis backplane is connected again", "Sends through the Redis backplane work again"];
            report.Lines.Add("service logs: " + string.Join("; ", services.Select((s, i) =>
                $"instance {i}: " + string.Join(", ", events.Select(e => $"'{e}' x{s.Output.Split('\n').Count(l => l.Contains(e, StringComparison.Ordinal))}")))));

            if (qdrant is null)
            {
                report.Lines.Add("Qdrant: not run (no Qdrant here; pass --qdrant URL)");
            }

            foreach (var c in coaches)
            {
                await c.DisposeAsync();
            }

            foreach (var (call, _) in calls)
            {
                await call.DisposeAsync();
            }

            return report;
        }
        catch
        {
            foreach (var s in services)
            {
                progress.WriteLine($"--- instance on port {s.Port} ---\n{s.Output}");
            }

            throw;
        }
    }

    /// <summary>Takes a dependency down for the outage, brings it back, and waits until both instances are healthy and work resumed.</summary>
    private static async Task<OutageFigures> OutageAsync(string dependency, string check, Func<Task> stop, Func<Task> start, string? expectedError,
        Func<double, bool> resumed, DepsSettings settings, TimeSpan outage, CallTrace trace, HealthWatch health, RestProber rest,
        TextWriter progress, CancellationToken ct)
    {
        progress.WriteLine($"deps: stopping {dependency} at {trace.Now:0.0} s");
        var downAt = trace.Now;
        await stop();
        rest.Active = true;
        await Task.Delay(outage, ct);
        var startingAt = trace.Now;
        await start();
        var backAt = trace.Now;
        rest.Active = false;
        progress.WriteLine($"deps: {dependency} back at {backAt:0.0} s");
        var deadline = backAt + settings.RecoverySeconds;
        while (trace.Now < deadline && !(resumed(backAt) && Enumerable.Range(0, Instances).All(i =>
                   health.Samples.Any(h => h.Instance == i && h.At >= backAt && h.Code == 200 && h.StatusOf(check) == "Healthy"))))
        {
            await Task.Delay(100, ct);
        }

        await Task.Delay(TimeSpan.FromSeconds(1), ct);
        return new OutageFigures { Dependency = dependency, Check = check, DownAt = downAt, StartingAt = startingAt, BackAt = backAt, EndAt = trace.Now };
    }

    private static void Totals(DependencyOutageReport report, List<LiveCall> calls, CallTrace trace, StoredCalls stored, int unacked)
    {
        var acked = trace.Acks.GroupBy(a => a.CallId).ToDictionary(g => g.Key, g => g.Select(a => a.Seq).ToHashSet());
        var lost = calls.Sum(c => acked.GetValueOrDefault(c.CallId, []).Count(s => !stored.Seqs(c.CallId).Contains(s)));
        var doubled = calls.Sum(c => stored.Seqs(c.CallId).Count - stored.Seqs(c.CallId).Distinct().Count());
        var extra = calls.Sum(c => stored.Seqs(c.CallId).Count(s => !acked.GetValueOrDefault(c.CallId, []).Contains(s)));
        var resent = trace.Acks.Count(a => a.Tries > 1);
        report.Lines.Add($"lines acked {trace.Acks.Count} ({resent} after resending), in the {stored.Source} {calls.Sum(c => stored.Seqs(c.CallId).Count)}: " +
            $"lost {lost}, doubled {doubled}, stored but never acked {extra}, acked twice or calls without an ack {unacked}");
        if (lost > 0 || doubled > 0 || unacked > 0)
        {
            report.Failures.Add($"{stored.Source}: lines lost {lost}, doubled {doubled}, acked twice or calls without an ack {unacked}");
        }
    }
}
