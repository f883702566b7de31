using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Resilience.Fuzz;

/// <summary>
/// One worker's hub connections, one per credential, opened when first needed and again after the server closed one;
/// the reason of the last close is kept to tell a message over the size limit from any other drop.
/// </summary>
public sealed class HubClients(string url) : IAsyncDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly Dictionary<Credential, HubConnection> _connections = [];

    /// <summary>The key goes in <c>access_token</c> as the service reads it (the client would send a bearer header).</summary>
    public static HubConnection Build(string url, Credential credential) => new HubConnectionBuilder()
        .WithUrl(FuzzKeys.For(credential) is { } key ? $"{url}/hubs/coach?access_token={key}" : $"{url}/hubs/coach", o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
        })
        .Build();

    public async Task<FuzzOutcome> InvokeAsync(HubCase input, CancellationToken ct)
    {
        HubConnection connection;
        try
        {
            connection = await ConnectAsync(input.Credential, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Net.WebSockets.WebSocketException)
        {
            return input.Credential is Credential.None or Credential.BadKey
                ? new FuzzOutcome(HubAnswers.Refused)
                : new FuzzOutcome(HubAnswers.Dropped, FuzzFailure.Dropped, "could not connect: " + ex.Message);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Limit);
        try
        {
            await connection.InvokeCoreAsync<JsonElement>(input.Method, input.Arguments, timeout.Token);
            return new FuzzOutcome(HubAnswers.Ok);
        }
        catch (HubException ex)
        {
            return HubAnswers.FromError(ex.Message);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            await DropAsync(input.Credential);
            return new FuzzOutcome(HubAnswers.Timeout, FuzzFailure.Timeout);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.Net.WebSockets.WebSocketException)
        {
            await DropAsync(input.Credential);
            return input.ExpectDrop
                ? new FuzzOutcome(HubAnswers.DroppedByDesign)
                : new FuzzOutcome(HubAnswers.Dropped, FuzzFailure.Dropped, ex.Message);
        }
    }

    private async Task<HubConnection> ConnectAsync(Credential credential, CancellationToken ct)
    {
        if (_connections.TryGetValue(credential, out var open) && open.State == HubConnectionState.Connected)
        {
            return open;
        }

        await DropAsync(credential);
        var connection = Build(url, credential);
        try
        {
            await connection.StartAsync(ct);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        _connections[credential] = connection;
        return connection;
    }

    private async Task DropAsync(Credential credential)
    {
        if (_connections.Remove(credential, out var connection))
        {
            await connection.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections.Values)
        {
            await connection.DisposeAsync();
        }

        _connections.Clear();
    }
}
