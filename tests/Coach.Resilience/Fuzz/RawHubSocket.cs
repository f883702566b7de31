using System.Net.WebSockets;
using System.Text;

namespace Coach.Resilience.Fuzz;

/// <summary>
/// Writes one raw frame to the hub's WebSocket after a correct handshake, then a probe invocation of an unknown method:
/// a completion for the probe means the connection survived; a close message (type 7) or a closed socket means the
/// server refused the frame, which is what it should do with bytes that are not the protocol.
/// </summary>
public static partial class RawHubSocket
{
    private const char Separator = '\u001e';
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static async Task<FuzzOutcome> SendAsync(string url, RawHubCase input, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Limit);
        using var socket = new ClientWebSocket();
        var address = new Uri(url.Replace("http", "ws", StringComparison.Ordinal) + "/hubs/coach?access_token=" + FuzzKeys.For(input.Credential));
        try
        {
            await socket.ConnectAsync(address, timeout.Token);
            await SendTextAsync(socket, "{\"protocol\":\"json\",\"version\":1}" + Separator, timeout.Token);
            await ReadUntilAsync(socket, _ => true, timeout.Token);
            await socket.SendAsync(new ArraySegment<byte>([.. input.Frame, (byte)Separator]), input.Binary ? WebSocketMessageType.Binary : WebSocketMessageType.Text, true,
                timeout.Token);
            // The probe goes again every half second: SignalR's JSON protocol skips a message of an unknown type by
            // reporting "no complete message yet", so what follows in the same read waits for the next bytes to arrive.
            using var answered = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token);
            var probing = ProbeAsync(socket, answered.Token);
            var seen = new StringBuilder();
            var gotProbe = await ReadUntilAsync(socket, text =>
            {
                seen.Append(text);
                return text.Contains("\"invocationId\":\"probe\"", StringComparison.Ordinal) || text.Contains("\"type\":7", StringComparison.Ordinal);
            }, timeout.Token);
            await answered.CancelAsync();
            await probing;
            var all = seen.ToString();
            if (UnexpectedError().IsMatch(all))
            {
                return new FuzzOutcome(HubAnswers.Unexpected, FuzzFailure.UnexpectedHubError, Clip(all));
            }

            return gotProbe && all.Contains("\"invocationId\":\"probe\"", StringComparison.Ordinal)
                ? new FuzzOutcome(all.Contains("\"invocationId\":\"1\"", StringComparison.Ordinal) ? HubAnswers.Clear : "answered-probe")
                : new FuzzOutcome(HubAnswers.ProtocolClose);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return input.UnknownType ? new FuzzOutcome(HubAnswers.Wedged) : new FuzzOutcome(HubAnswers.Timeout, FuzzFailure.Timeout);
        }
        catch (WebSocketException)
        {
            // The server closed the socket without a close handshake: a refused frame, as above.
            return new FuzzOutcome(HubAnswers.ProtocolClose);
        }
    }

    private static async Task ProbeAsync(ClientWebSocket socket, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                await SendTextAsync(socket, "{\"type\":1,\"invocationId\":\"probe\",\"target\":\"Probe\",\"arguments\":[]}" + Separator, ct);
                await Task.Delay(500, ct);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    private static Task SendTextAsync(ClientWebSocket socket, string text, CancellationToken ct) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, ct);

    /// <summary>Reads messages until <paramref name="done"/> says so (true) or the server closes (false).</summary>
    private static async Task<bool> ReadUntilAsync(ClientWebSocket socket, Func<string, bool> done, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return false;
            }

            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            var text = Encoding.UTF8.GetString(message.ToArray());
            message.SetLength(0);
            if (done(text))
            {
                return true;
            }
        }
    }

    /// <summary>SignalR's answer when a method threw something other than a HubException (see <see cref="HubAnswers.FromError"/>).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"An unexpected error occurred invoking '[^']*' on the server\.(?! HubException: )")]
    private static partial System.Text.RegularExpressions.Regex UnexpectedError();

    private static string Clip(string s) => s.Length > 300 ? s[..300] + "…" : s;
}
