using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Resilience.Dependencies;

/// <summary>A coach connected to one instance watching calls driven through another: what it receives crossed Redis.</summary>
public sealed class CoachWatch : IAsyncDisposable
{
    private readonly HubConnection _connection;

    private CoachWatch(HubConnection connection) => _connection = connection;

    public static async Task<CoachWatch> StartAsync(string serviceUrl, string key, IReadOnlyList<string> callIds, CallTrace trace, CancellationToken ct)
    {
        var connection = HubClients.Connect(serviceUrl, key);
        connection.On<JsonElement>("UtteranceLabeled", m =>
            trace.CoachLabeled.Enqueue(new Delivery(m.GetProperty("callId").GetString()!, m.GetProperty("seq").GetInt32(), trace.Now)));
        connection.Reconnected += async _ =>
        {
            Interlocked.Increment(ref trace.Reconnects);
            foreach (var callId in callIds)
            {
                await connection.InvokeAsync<JsonElement>("WatchCall", callId);
            }
        };
        await connection.StartAsync(ct);
        foreach (var callId in callIds)
        {
            await connection.InvokeAsync<JsonElement>("WatchCall", callId, ct);
        }

        return new CoachWatch(connection);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
