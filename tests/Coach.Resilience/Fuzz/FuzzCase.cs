using System.Text;

namespace Coach.Resilience.Fuzz;

/// <summary>Who a generated input claims to be: no credential, a key nobody issued, or one of the run's keys.</summary>
public enum Credential
{
    None,
    BadKey,
    Admin,
    Coach,
    Rep,
    Ingest,
}

/// <summary>One generated malformed input; <see cref="Target"/> is the row of the figures it counts in.</summary>
public abstract record FuzzCase(string Target, Credential Credential)
{
    /// <summary>The input in one line, shortened, for the examples printed with a failure.</summary>
    public abstract string Describe();

    protected static string Preview(byte[]? bytes, int max = 160)
    {
        if (bytes is null)
        {
            return "";
        }

        var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, max * 4));
        var clipped = text.Length > max ? text[..max] + "…" : text;
        return $"{bytes.Length} bytes: " + string.Concat(clipped.Select(c => char.IsControl(c) ? $"\\x{(int)c:x2}" : c.ToString()));
    }
}

/// <summary>A raw HTTP request: any method, path and query as written, any bytes as body.</summary>
public sealed record HttpCase(string Target, Credential Credential, string Method, string PathAndQuery, byte[]? Body, string? ContentType)
    : FuzzCase(Target, Credential)
{
    public override string Describe() =>
        $"{Method} {(PathAndQuery.Length > 200 ? PathAndQuery[..200] + "…" : PathAndQuery)} [{Credential}] {ContentType} {Preview(Body)}";
}

/// <summary>
/// A hub invocation through the real SignalR client with arbitrary arguments. <see cref="ExpectDrop"/>: the message is
/// over the hub's 64 KB receive limit, which SignalR answers by closing the connection.
/// </summary>
public sealed record HubCase(string Target, Credential Credential, string Method, object?[] Arguments, bool ExpectDrop)
    : FuzzCase(Target, Credential)
{
    public override string Describe() =>
        $"{Method}({string.Join(", ", Arguments.Select(a => a is RawJson raw ? Clip(raw.Json) : "null"))}) [{Credential}]";

    private static string Clip(string s) => s.Length > 160 ? $"{s[..160]}… ({s.Length} chars)" : s;
}

/// <summary>
/// A frame written straight to the hub's WebSocket after the handshake: invalid UTF-8, deep JSON, bad messages.
/// <see cref="UnknownType"/>: a message type SignalR does not know, after which it reads nothing more on that connection.
/// </summary>
public sealed record RawHubCase(string Target, Credential Credential, byte[] Frame, bool Binary, bool UnknownType) : FuzzCase(Target, Credential)
{
    public override string Describe() => $"websocket {(Binary ? "binary" : "text")} frame [{Credential}] {Preview(Frame)}";
}
