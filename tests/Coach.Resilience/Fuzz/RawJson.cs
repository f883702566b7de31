using System.Text.Json;
using System.Text.Json.Serialization;

namespace Coach.Resilience.Fuzz;

/// <summary>
/// A hub argument written as is: the SignalR client serializes arguments with System.Text.Json, which refuses lone
/// surrogates and nesting past 1,000 levels; this writes the generated text unchecked so the server sees it.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public sealed record RawJson(string Json);

public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("RawJson is only ever sent.");

    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json, skipInputValidation: true);
}
