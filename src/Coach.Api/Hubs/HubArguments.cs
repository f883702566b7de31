using System.Text.Json;
using Microsoft.AspNetCore.SignalR;

namespace Coach.Api.Hubs;

/// <summary>
/// Reads a hub method's argument ourselves: SignalR's own binding answers a wrong type with a generic
/// "error on the server", while a client needs to know which field is wrong.
/// </summary>
internal static class HubArguments
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { MaxDepth = 16 };

    public static T Read<T>(JsonElement argument, string what) where T : class
    {
        if (argument.ValueKind != JsonValueKind.Object)
        {
            throw new HubException($"{what} must be a JSON object, not {argument.ValueKind.ToString().ToLowerInvariant()}.");
        }

        try
        {
            return argument.Deserialize<T>(Options) ?? throw new HubException($"{what} is missing.");
        }
        catch (JsonException ex)
        {
            var field = ex.Path is { Length: > 2 } path ? path[2..] : "a field";
            throw new HubException($"{what}: {field} has the wrong type or format.");
        }
    }

    /// <summary>A string argument (null when the client sent null or nothing).</summary>
    public static string? ReadString(JsonElement argument, string name)
    {
        switch (argument.ValueKind)
        {
            case JsonValueKind.String:
                try
                {
                    return argument.GetString();
                }
                catch (InvalidOperationException)
                {
                    // A lone surrogate (\ud800) is valid JSON but no text.
                    throw new HubException($"{name} is not valid text.");
                }

            case JsonValueKind.Null or JsonValueKind.Undefined:
                return null;
            default:
                throw new HubException($"{name} must be a string, not {argument.ValueKind.ToString().ToLowerInvariant()}.");
        }
    }

    /// <summary>A whole-number argument.</summary>
    public static int ReadInt(JsonElement argument, string name) =>
        argument.ValueKind == JsonValueKind.Number && argument.TryGetInt32(out var value)
            ? value
            : throw new HubException($"{name} must be a whole number.");
}
