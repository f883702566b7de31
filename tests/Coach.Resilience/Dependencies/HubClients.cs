using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Resilience.Dependencies;

internal static class HubClients
{
    /// <summary>A hub connection with an API key that reconnects every second, forever, as a dialer would.</summary>
    public static HubConnection Connect(string serviceUrl, string key) => new HubConnectionBuilder()
        .WithUrl($"{serviceUrl}/hubs/coach", o => o.Headers["X-Api-Key"] = key)
        .WithAutomaticReconnect(new EverySecond())
        .Build();

    private sealed class EverySecond : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) => TimeSpan.FromSeconds(1);
    }
}
