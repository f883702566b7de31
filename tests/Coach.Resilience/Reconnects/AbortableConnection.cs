using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Resilience.Reconnects;

/// <summary>
/// A real SignalR client connection whose WebSocket can be cut at any moment (<see cref="Abort"/>): no close
/// handshake, as when a rep's network drops mid-line.
/// </summary>
internal sealed class AbortableConnection : IAsyncDisposable
{
    private ClientWebSocket? _socket;
    private int _aborted;

    private AbortableConnection(string url, string key)
    {
        Hub = new HubConnectionBuilder()
            .WithUrl($"{url}/hubs/coach?access_token={Uri.EscapeDataString(key)}", HttpTransportType.WebSockets, o =>
            {
                o.SkipNegotiation = true;
                o.WebSocketFactory = async (context, ct) =>
                {
                    var socket = new ClientWebSocket();
                    await socket.ConnectAsync(context.Uri, ct);
                    _socket = socket;
                    return socket;
                };
            })
            .Build();
    }

    public HubConnection Hub { get; }

    public static async Task<AbortableConnection> ConnectAsync(string url, string key, Action<HubConnection> subscribe, CancellationToken ct)
    {
        var connection = new AbortableConnection(url, key);
        subscribe(connection.Hub);
        try
        {
            await connection.Hub.StartAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Cuts the connection without a close handshake; false when it was cut already or is not open yet.</summary>
    public bool Abort()
    {
        if (_socket is not { } socket || Interlocked.Exchange(ref _aborted, 1) == 1)
        {
            return false;
        }

        socket.Abort();
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Hub.DisposeAsync();
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // A connection that was cut may fail to close; it is gone either way.
        }
    }
}
