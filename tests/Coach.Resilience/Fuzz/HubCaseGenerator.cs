using System.Text;

namespace Coach.Resilience.Fuzz;

/// <summary>
/// Malformed calls of every hub method through the real SignalR client (wrong types, missing fields, wrong argument
/// counts, unknown calls, wrong roles, huge values), and raw frames written to the hub's WebSocket.
/// </summary>
public sealed class HubCaseGenerator(Junk junk, FuzzWorld world)
{
    private const int ReceiveLimit = 64 * 1024;
    private static readonly string[] Methods = ["StartCall", "SendUtterance", "EndCall", "WatchCall", "RateSuggestion", "ExplainLine"];

    public FuzzCase Next() => junk.Random.Next(10) switch
    {
        0 => Raw(),
        _ => Invoke(),
    };

    private HubCase Invoke()
    {
        var method = junk.Chance(0.03) ? junk.Pick(["Nope", "OnConnectedAsync", "Dispose", "startcall", "Context"]) : junk.Pick(Methods);
        object?[] arguments = method switch
        {
            "StartCall" => [Argument(("callId", CallIdJson), ("title", () => Junk.Str("Fuzz call")), ("lang", () => Junk.Str(junk.Pick(["zh", "en", "auto"]))))],
            "SendUtterance" => [Argument(("callId", CallIdJson), ("seq", () => junk.Pick(["1", "5", "100", "2147483647"])),
                ("speaker", () => Junk.Str(junk.Pick(["customer", "rep"]))), ("text", () => Junk.Str(junk.Sentence())),
                ("name", () => Junk.Str("Alice")), ("startMs", () => junk.Pick(["0", "-1", "9223372036854775807"])))],
            "RateSuggestion" => [Argument(("callId", CallIdJson), ("suggestionId", () => Junk.Str("s-1")),
                ("verdict", () => Junk.Str(junk.Pick(["used", "dismissed", "wrong", "great"]))))],
            "ExplainLine" => [Value(CallIdJson()), Value(junk.Pick(["1", "2", "0", "-1", "2147483647"]))],
            _ => [Value(CallIdJson())],
        };
        arguments = junk.Random.Next(12) switch
        {
            0 => [],
            1 => [.. arguments, Value(junk.AnyJson())],
            2 => [null],
            3 => [.. arguments.Select(_ => Value(junk.AnyJson()))],
            _ => arguments,
        };
        var size = arguments.Sum(a => a is RawJson raw ? System.Text.Encoding.UTF8.GetByteCount(raw.Json) : 16);
        var credential = junk.Random.Next(100) switch
        {
            < 3 => junk.Pick([Credential.None, Credential.BadKey]),
            < 70 => junk.Pick([Credential.Rep, Credential.Ingest, Credential.Admin]),
            _ => (Credential)junk.Random.Next(2, 6),
        };
        return new HubCase("hub " + (Methods.Contains(method) ? method : "unknown method"), credential, method, arguments, size > ReceiveLimit);
    }

    /// <summary>The argument object: usually fields valid, wrong-typed, null or left out; sometimes no object at all.</summary>
    private RawJson Argument(params (string Name, Func<string> Valid)[] fields) =>
        Value(junk.Chance(0.12) ? junk.AnyJson() : junk.Object(fields));

    private string CallIdJson() => junk.Random.Next(10) switch
    {
        < 5 => Junk.Str(junk.Pick(world.CallIds)),
        5 => Junk.Str("fuzz-hub-" + junk.Random.Next(20)),
        6 => Junk.Str(junk.Pick(["../../etc/passwd", "a/b", "x".PadRight(65, 'x'), "\u0000", "call id", "客户"])),
        _ => junk.AnyJson(),
    };

    private static RawJson Value(string json) => new(json);

    /// <summary>A frame after the handshake: not JSON, invalid UTF-8, 10,000 levels deep, wrong message shapes.</summary>
    private RawHubCase Raw()
    {
        var target = junk.Pick(Methods);
        var frame = junk.Random.Next(12) switch
        {
            0 => junk.InvalidUtf8($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"{target}\",\"arguments\":[\"x\"]}}"),
            1 => Encoding.UTF8.GetBytes($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"{target}\",\"arguments\":[{junk.Deep(10_000)}]}}"),
            2 => Encoding.UTF8.GetBytes(junk.Deep(junk.Pick([100, 10_000]))),
            3 => Encoding.UTF8.GetBytes($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"{target}\",\"arguments\":{junk.AnyJson()}}}"),
            4 => Encoding.UTF8.GetBytes($"{{\"type\":{junk.Pick(["0", "8", "99", "-1", "\"1\"", "null", "1.5"])},\"invocationId\":\"1\",\"target\":\"{target}\",\"arguments\":[]}}"),
            5 => Encoding.UTF8.GetBytes($"{{\"type\":1,\"invocationId\":{junk.AnyJson()},\"target\":{junk.AnyJson()},\"arguments\":[]}}"),
            6 => Encoding.UTF8.GetBytes($"{{\"type\":4,\"invocationId\":\"s1\",\"target\":\"{target}\",\"arguments\":[{{}}],\"streamIds\":[\"a\",\"b\"]}}"),
            7 => Encoding.UTF8.GetBytes($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"{target}\",\"arguments\":[{{}}],\"headers\":{junk.AnyJson()}}}"),
            8 => Encoding.UTF8.GetBytes(junk.OddString()),
            9 => Encoding.UTF8.GetBytes($"{{\"type\":1,\"invocationId\":\"1\",\"target\":\"{target}\",\"arguments\":[\"{new string('x', junk.Pick([70_000, 2_000_000]))}\"]}}"),
            10 => Encoding.UTF8.GetBytes($"{{\"type\":2,\"invocationId\":\"nope\",\"item\":1}}{{\"type\":3,\"invocationId\":\"nope\"}}"),
            _ => Encoding.UTF8.GetBytes($"{{\"type\":1,\"target\":\"{target}\",\"arguments\":[{{\"callId\":{CallIdJson()},\"seq\":\"1\"}}]"),
        };
        var text = Encoding.UTF8.GetString(frame);
        var type = System.Text.RegularExpressions.Regex.Match(text, "^\\{\"type\":(-?[0-9]+),");
        var unknownType = type.Success && int.Parse(type.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is < 1 or > 9;
        return new RawHubCase("hub raw websocket frame", junk.Pick([Credential.Rep, Credential.Ingest, Credential.Admin]), frame, junk.Chance(0.1),
            unknownType);
    }
}
