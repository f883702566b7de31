using System.Text.Json;
using Coach.Analysis.Classification;
using Coach.Analysis.Text;

namespace Coach.Analysis.Transcripts;

/// <summary>
/// Reads <c>{"title":…,"lang":…,"utterances":[{"speaker":"customer"|"rep","name":…,"text":…,"startMs":…}]}</c>.
/// Errors name the JSON path (<c>utterances[3].speaker</c>, 0-based) and the line where that utterance
/// opens. <c>lang</c> is "zh", "en", "auto" (unknown) or absent; unknown properties are ignored.
/// An utterance may leave out <c>speaker</c> if it has a <c>name</c>: a name that another utterance
/// labels keeps that side, otherwise the rep names decide as for captions (see <see cref="SpeakerSides"/>);
/// with no rep names and no labeled rep, the first such name is guessed to be the rep.
/// </summary>
internal static class JsonTranscriptReader
{
    private const string Utterances = "utterances";

    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false };

    public static Transcript Read(ReadOnlyMemory<byte> utf8, IReadOnlyCollection<string> repNames, TranscriptLimits limits)
    {
        using var document = Parse(utf8);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new TranscriptFormatException(null,
                $"The JSON must be an object with \"{Utterances}\" (and optionally \"title\" and \"lang\"), not {Describe(root.ValueKind)}.");
        }

        var title = ReadTitle(root, limits);
        var lang = ReadLang(root);
        if (!root.TryGetProperty(Utterances, out var items) || items.ValueKind == JsonValueKind.Null)
        {
            throw new TranscriptFormatException(null, $"\"{Utterances}\" is missing; it must be an array of utterances.");
        }

        if (items.ValueKind != JsonValueKind.Array)
        {
            throw new TranscriptFormatException(null, $"\"{Utterances}\" must be an array of utterances, not {Describe(items.ValueKind)}.");
        }

        var lines = ElementLines(utf8.Span);
        var count = items.GetArrayLength();
        if (count == 0)
        {
            throw new TranscriptFormatException(null, $"\"{Utterances}\" is empty; the transcript has no utterances.");
        }

        if (count > limits.MaxLines)
        {
            throw new TranscriptFormatException(lines[limits.MaxLines],
                $"the transcript has {count} utterances; at most {limits.MaxLines} are accepted.");
        }

        var utterances = new List<(Speaker? Speaker, NamedUtterance Utterance)>(count);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            utterances.Add(ReadUtterance(item, $"{Utterances}[{index}]", lines[index], limits));
            index++;
        }

        var (sideOf, guessed) = Sides(utterances, repNames);
        var result = utterances
            .Select(u => new TranscriptLine(u.Speaker ?? sideOf(u.Utterance.Name), u.Utterance.Name, u.Utterance.Text,
                u.Utterance.StartMs, u.Utterance.SourceLine))
            .ToList();
        return new Transcript(title, lang, result, guessed);
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException ex)
        {
            var reason = ex.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = (cut > 0 ? reason[..cut] : reason).TrimEnd();
            throw new TranscriptFormatException((int)(ex.LineNumber ?? 0) + 1, $"the file is not valid JSON: {reason}");
        }
    }

    private static string? ReadTitle(JsonElement root, TranscriptLimits limits)
    {
        if (!root.TryGetProperty("title", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new TranscriptFormatException(null, $"title must be a string, not {Describe(value.ValueKind)}.");
        }

        var title = Text(value, null, "title").Trim();
        if (title.Length > limits.MaxTitleLength)
        {
            throw new TranscriptFormatException(null,
                $"title is {title.Length} characters; at most {limits.MaxTitleLength} are accepted.");
        }

        return title.Length == 0 ? null : title;
    }

    private static string? ReadLang(JsonElement root)
    {
        if (!root.TryGetProperty("lang", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var lang = value.ValueKind == JsonValueKind.String ? Text(value, null, "lang") : null;
        return lang switch
        {
            Language.Chinese or Language.English => lang,
            "auto" => null,
            _ => throw new TranscriptFormatException(null, "lang must be \"zh\", \"en\" or \"auto\"."),
        };
    }

    private static (Speaker? Speaker, NamedUtterance Utterance) ReadUtterance(
        JsonElement item, string path, int line, TranscriptLimits limits)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new TranscriptFormatException(line, $"{path} must be an object with speaker and text, not {Describe(item.ValueKind)}.");
        }

        Speaker? speaker = null;
        if (item.TryGetProperty("speaker", out var speakerValue) && speakerValue.ValueKind != JsonValueKind.Null)
        {
            if (speakerValue.ValueKind != JsonValueKind.String || !SpeakerNames.TryParse(Text(speakerValue, line, $"{path}.speaker"), out var side))
            {
                throw new TranscriptFormatException(line, $"{path}.speaker must be \"{SpeakerNames.Customer}\" or \"{SpeakerNames.Rep}\".");
            }

            speaker = side;
        }

        var name = OptionalString(item, "name", path, line);
        name = name is null ? null : TranscriptText.Squeeze(name);
        if (name is { Length: 0 })
        {
            name = null;
        }
        else if (name is not null && name.Length > limits.MaxNameLength)
        {
            throw new TranscriptFormatException(line,
                $"{path}.name is {name.Length} characters; at most {limits.MaxNameLength} are accepted.");
        }

        if (speaker is null && name is null)
        {
            throw new TranscriptFormatException(line,
                $"{path} needs a speaker (\"{SpeakerNames.Customer}\" or \"{SpeakerNames.Rep}\") or a name.");
        }

        var text = OptionalString(item, "text", path, line)?.Trim()
            ?? throw new TranscriptFormatException(line, $"{path}.text is missing.");
        if (text.Length == 0)
        {
            throw new TranscriptFormatException(line, $"{path}.text is empty.");
        }

        if (text.Length > limits.MaxTextLength)
        {
            throw new TranscriptFormatException(line,
                $"{path}.text is {text.Length} characters; at most {limits.MaxTextLength} are accepted for one utterance.");
        }

        return (speaker, new NamedUtterance(name, text, StartMs(item, path, line), line));
    }

    private static string? OptionalString(JsonElement item, string property, string path, int line)
    {
        if (!item.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? Text(value, line, $"{path}.{property}")
            : throw new TranscriptFormatException(line, $"{path}.{property} must be a string, not {Describe(value.ValueKind)}.");
    }

    /// <summary>
    /// A JSON string as text. An escaped lone surrogate (<c>"\ud800"</c>) is valid JSON but no text: System.Text.Json
    /// refuses to read it as a string with an InvalidOperationException, answered here as a format error.
    /// </summary>
    private static string Text(JsonElement value, int? line, string field)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new TranscriptFormatException(line, $"{field} is not valid text: it holds an unpaired UTF-16 surrogate escape (\\ud800 to \\udfff).");
        }
    }

    private static long? StartMs(JsonElement item, string path, int line)
    {
        if (!item.TryGetProperty("startMs", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var ms))
        {
            throw new TranscriptFormatException(line, $"{path}.startMs must be a whole number of milliseconds.");
        }

        return ms >= 0 ? ms : throw new TranscriptFormatException(line, $"{path}.startMs must not be negative.");
    }

    /// <summary>The side of utterances without a speaker, from names (see the class summary).</summary>
    private static (Func<string?, Speaker> SideOf, bool Guessed) Sides(
        List<(Speaker? Speaker, NamedUtterance Utterance)> utterances, IReadOnlyCollection<string> repNames)
    {
        var unresolved = utterances.Where(u => u.Speaker is null).Select(u => u.Utterance.Name).ToList();
        if (unresolved.Count == 0)
        {
            return (_ => Speaker.Customer, false);
        }

        var labeled = new Dictionary<string, Speaker>(StringComparer.OrdinalIgnoreCase);
        foreach (var (speaker, utterance) in utterances)
        {
            if (speaker is { } side && utterance.Name is { } name)
            {
                labeled.TryAdd(name, side);
            }
        }

        SpeakerSides? sides = null;
        if (repNames.Any(n => !string.IsNullOrWhiteSpace(n)))
        {
            sides = SpeakerSides.Decide(utterances.Select(u => u.Utterance.Name), repNames);
        }
        else if (!labeled.ContainsValue(Speaker.Rep))
        {
            sides = SpeakerSides.Decide(unresolved.Where(n => n is null || !labeled.ContainsKey(n)), repNames);
        }

        return (name => name is not null && labeled.TryGetValue(name, out var side) ? side : sides?.SideOf(name) ?? Speaker.Customer,
            sides?.Guessed ?? false);
    }

    /// <summary>The 1-based line where each element of the root's "utterances" array opens.</summary>
    private static List<int> ElementLines(ReadOnlySpan<byte> utf8)
    {
        var lines = new List<int>();
        var reader = new Utf8JsonReader(utf8);
        var line = 1;
        var counted = 0L;
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
            {
                continue;
            }

            var isUtterances = reader.ValueTextEquals(Utterances);
            reader.Read();
            if (!isUtterances || reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                line += TranscriptText.LineAt(utf8[(int)counted..], reader.TokenStartIndex - counted) - 1;
                counted = reader.TokenStartIndex;
                lines.Add(line);
                reader.Skip();
            }

            break;
        }

        return lines;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };
}
