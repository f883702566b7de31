namespace Coach.Resilience.Dependencies;

/// <summary>What one dependency's outage did, read from the trace and the health samples, and what of the bar it missed.</summary>
public sealed class OutageFigures
{
    public required string Dependency { get; init; }

    /// <summary>The health check that reports this dependency.</summary>
    public required string Check { get; init; }

    public required double DownAt { get; init; }

    /// <summary>When it was being started again (health samples before this count as "during").</summary>
    public required double StartingAt { get; init; }

    /// <summary>When it answered again.</summary>
    public required double BackAt { get; init; }

    /// <summary>When the run saw it recovered (or gave up waiting).</summary>
    public required double EndAt { get; init; }

    public List<string> Lines { get; } = [];

    public List<string> Failures { get; } = [];

    public static OutageFigures From(string dependency, string check, double downAt, double startingAt, double backAt, double endAt, CallTrace trace,
        IReadOnlyCollection<HealthSample> health, int instances, StoredCalls stored, string? expectedError)
    {
        var f = new OutageFigures { Dependency = dependency, Check = check, DownAt = downAt, StartingAt = startingAt, BackAt = backAt, EndAt = endAt };
        f.Lines.Add($"down {backAt - downAt:0.0} s (stopped {downAt:0.0} s into the run, started again at {startingAt:0.0} s, answering at {backAt:0.0} s)");
        for (var i = 0; i < instances; i++)
        {
            var during = health.Where(h => h.Instance == i && h.At > downAt + 0.5 && h.At < startingAt).ToList();
            foreach (var g in during.GroupBy(h => h.Describe(check)))
            {
                f.Lines.Add($"instance {i} health during: {g.Key} (x{g.Count()})");
            }

            if (!during.Any(h => h.StatusOf(check) != "Healthy"))
            {
                f.Failures.Add($"{dependency}: instance {i}'s health never showed '{check}' as not Healthy while it was down");
            }

            var healthy = health.Where(h => h.Instance == i && h.At >= backAt && h.Code == 200 && h.StatusOf(check) == "Healthy")
                .OrderBy(h => h.At).FirstOrDefault();
            if (healthy is null)
            {
                f.Failures.Add($"{dependency}: instance {i}'s health did not come back to 200 with '{check}' Healthy");
                var last = health.Where(h => h.Instance == i).OrderBy(h => h.At).LastOrDefault();
                f.Lines.Add($"instance {i} health after: {last?.Describe(check) ?? "no sample"}");
            }
            else
            {
                f.Lines.Add($"instance {i} health after: {healthy.Describe(check)}, {healthy.At - backAt:0.0} s after {dependency} was back");
            }
        }

        var errors = trace.Errors.Where(e => e.At >= downAt && e.At <= endAt).ToList();
        f.Lines.Add(errors.Count == 0
            ? "client errors: none"
            : "client errors: " + string.Join("; ", errors.GroupBy(e => $"{e.Where}: {e.Message}").OrderByDescending(g => g.Count()).Select(g => $"{g.Count()} x \"{g.Key}\"")));
        if (errors.FirstOrDefault(e => expectedError is null || !e.Message.Contains(expectedError, StringComparison.Ordinal)) is { } unexpected)
        {
            f.Failures.Add(expectedError is null
                ? $"{dependency}: clients saw errors while it was down (first: \"{unexpected.Message}\")"
                : $"{dependency}: a client error did not say \"{expectedError}\": \"{unexpected.Message}\"");
        }

        var firstLine = trace.Acks.Where(a => a.AckedAt >= backAt).Select(a => a.AckedAt - backAt).DefaultIfEmpty(double.NaN).Min();
        f.Lines.Add($"first line acked {firstLine:0.00} s after {dependency} was back");
        if (double.IsNaN(firstLine))
        {
            f.Failures.Add($"{dependency}: no line was acked after it came back");
        }

        var rest = trace.Rest.Where(r => r.At >= downAt && r.At < backAt).ToList();
        if (rest.Count > 0)
        {
            f.Lines.Add("REST GET /api/calls during: " + string.Join(", ", rest.GroupBy(r => r.Status).Select(g =>
                $"{g.Key} x{g.Count()}{(g.Any(r => r.RetryAfter is not null) ? $" (Retry-After {g.First(r => r.RetryAfter is not null).RetryAfter})" : "")}")));
            if (rest.Any(r => r.Status >= 500 && r.Status != 503))
            {
                f.Failures.Add($"{dependency}: REST answered {rest.First(r => r.Status >= 500 && r.Status != 503).Status} while it was down (503 expected)");
            }
        }

        // Lines acked while it was down: did the rep who sent them get their labels and advice?
        var duringAcks = trace.Acks.Where(a => a.AckedAt >= downAt && a.AckedAt < backAt).ToList();
        var labeled = trace.RepLabeled.Select(d => (d.CallId, d.Seq)).ToHashSet();
        var advised = trace.RepAdvice.GroupBy(d => (d.CallId, d.Seq)).ToDictionary(g => g.Key, g => g.Count());
        var gotLabels = duringAcks.Count(a => labeled.Contains((a.CallId, a.Seq)));
        var expectedAdvice = duringAcks.Sum(a => stored.AdviceCount(a.CallId, a.Seq));
        var gotAdvice = duringAcks.Sum(a => Math.Min(advised.GetValueOrDefault((a.CallId, a.Seq)), stored.AdviceCount(a.CallId, a.Seq)));
        f.Lines.Add($"lines acked while down: {duringAcks.Count}; their reps got UtteranceLabeled for {gotLabels} and {gotAdvice} of {expectedAdvice} suggestions");
        if (gotLabels < duringAcks.Count || gotAdvice < expectedAdvice)
        {
            f.Failures.Add($"{dependency}: reps missed {duringAcks.Count - gotLabels} labels and {expectedAdvice - gotAdvice} suggestions of lines acked while it was down");
        }

        // Coaches on the other instance: what crossed the backplane while it was down and after.
        var watched = stored.Watched;
        var watchedDuring = duringAcks.Where(a => watched.Contains(a.CallId)).ToList();
        var coachSaw = trace.CoachLabeled.Select(d => (d.CallId, d.Seq)).ToHashSet();
        f.Lines.Add($"coaches on the other instance got {watchedDuring.Count(a => coachSaw.Contains((a.CallId, a.Seq)))} of {watchedDuring.Count} watched lines acked while down");
        var firstCoach = trace.CoachLabeled.Where(d => d.At >= backAt).Select(d => d.At - backAt).DefaultIfEmpty(double.NaN).Min();
        f.Lines.Add($"first line a coach on the other instance got: {firstCoach:0.00} s after {dependency} was back");
        if (double.IsNaN(firstCoach))
        {
            f.Failures.Add($"{dependency}: coaches on the other instance got no line after it came back");
        }

        return f;
    }

    public void Print(TextWriter output)
    {
        output.WriteLine($"{Dependency}:");
        foreach (var line in Lines)
        {
            output.WriteLine("  " + line);
        }
    }
}
