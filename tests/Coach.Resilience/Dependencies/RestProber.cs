namespace Coach.Resilience.Dependencies;

/// <summary>While <see cref="Active"/>, asks <c>GET /api/calls</c> (a database read) once a second and traces the status.</summary>
public sealed class RestProber : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly CancellationTokenSource _stop = new();

    public RestProber(string serviceUrl, string key, CallTrace trace)
    {
        _http.DefaultRequestHeaders.Add("X-Api-Key", key);
        _ = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                if (Active)
                {
                    var at = trace.Now;
                    try
                    {
                        using var response = await _http.GetAsync($"{serviceUrl}/api/calls", _stop.Token);
                        trace.Rest.Enqueue(new RestProbe(at, "GET /api/calls", (int)response.StatusCode, response.Headers.RetryAfter?.ToString()));
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        trace.Rest.Enqueue(new RestProbe(at, "GET /api/calls", 0, null));
                    }
                }

                await Task.Delay(1000, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        });
    }

    public volatile bool Active;

    public void Dispose()
    {
        _stop.Cancel();
        _http.Dispose();
    }
}
