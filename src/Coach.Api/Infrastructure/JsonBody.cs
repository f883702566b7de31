using System.Text.Json;

namespace Coach.Api.Infrastructure;

/// <summary>
/// Reads a JSON body ourselves rather than through minimal-API binding, whose failure answers a bare
/// 400 without saying what was wrong; here every failure becomes a problem-details body that does.
/// </summary>
public static class JsonBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        MaxDepth = 16,
        AllowTrailingCommas = false,
    };

    public static async Task<JsonBodyResult<T>> ReadAsync<T>(HttpRequest request, int maxBytes, CancellationToken ct)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return Fail<T>($"The request body is {request.ContentLength} bytes; at most {maxBytes} are accepted.");
        }

        var body = await BoundedBody.ReadAsync(request, maxBytes, ct);
        if (body is null)
        {
            return Fail<T>($"The request body is larger than the {maxBytes} bytes accepted.");
        }

        if (body.Length == 0)
        {
            return Fail<T>("The request body is empty; a JSON object is expected.");
        }

        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return Fail<T>("The request body is not valid UTF-8.");
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(body, Options);
            return value is null ? Fail<T>("The request body is JSON null; a JSON object is expected.") : new(value, null);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is null ? "" : $" at {ex.Path}";
            return Fail<T>($"The request body is not the expected JSON{where}: {FirstSentence(ex.Message)}");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    private static JsonBodyResult<T> Fail<T>(string detail) where T : class =>
        new(null, TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid request body"));
}

public sealed record JsonBodyResult<T>(T? Value, IResult? Problem) where T : class;
