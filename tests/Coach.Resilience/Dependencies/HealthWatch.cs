using System.Collections.Concurrent;
using System.Text.Json;

namespace Coach.Resilience.Dependencies;

/// <summary>Polls <c>/health</c> of each instance four times a second for the whole run.</summary>
public sealed class HealthWatch : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(3) };
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;

    public HealthWatch(IReadOnlyList<string> instanceUrls, CallTrace trace)
    {
        _polling = Task.WhenAll(instanceUrls.Select((url, i) => PollAsync(i, url, trace)));
    }

    public ConcurrentQueue<HealthSample> Samples { get; } = new();

    private async Task PollAsync(int instance, string url, CallTrace trace)
    {
        while (!_stop.IsCancellationRequested)
        {
            var at = trace.Now;
            try
            {
                using var response = await _http.GetAsync($"{url}/health", _stop.Token);
                var body = await response.Content.ReadAsStringAsync(_stop.Token);
                Samples.Enqueue(HealthSample.Parse(at, instance, (int)response.StatusCode, body));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !_stop.IsCancellationRequested)
            {
                Samples.Enqueue(new HealthSample(at, instance, 0, "no answer", new Dictionary<string, HealthCheckSample>()));
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await Task.Delay(250, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _polling;
        _http.Dispose();
        _stop.Dispose();
    }
}

/// <param name="Code">HTTP status, 0 when /health did not answer.</param>
public sealed record HealthSample(double At, int Instance, int Code, string Status, IReadOnlyDictionary<string, HealthCheckSample> Checks)
{
    public static HealthSample Parse(double at, int instance, int code, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var checks = json.RootElement.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => new HealthCheckSample(
                c.Value.GetProperty("status").GetString() ?? "", c.Value.TryGetProperty("description", out var d) ? d.GetString() : null));
            return new HealthSample(at, instance, code, json.RootElement.GetProperty("status").GetString() ?? "", checks);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return new HealthSample(at, instance, code, "unreadable body", new Dictionary<string, HealthCheckSample>());
        }
    }

    /// <summary>The check's status, or "missing".</summary>
    public string StatusOf(string check) => Checks.TryGetValue(check, out var c) ? c.Status : "missing";

    /// <summary>One line: code, overall status and the named check with its description.</summary>
    public string Describe(string check) => Checks.TryGetValue(check, out var c)
        ? $"{Code} {Status}, {check} {c.Status}: {c.Description}"
        : $"{Code} {Status}, no '{check}' check";
}

public sealed record HealthCheckSample(string Status, string? Description);
