using System.Text.RegularExpressions;
using Coach.Analysis.Calls;
using Coach.Analysis.Transcripts;
using Coach.Api.Infrastructure;
using Coach.Api.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Coach.Api.Apis;

/// <summary>
/// <c>POST /api/calls/import</c>: a finished call as JSON, WebVTT or <c>Name: text</c> lines; <c>?rep=Name</c>
/// (repeatable) names the rep's side, <c>?title=</c> titles it, <c>?owner=user</c> files it under a rep
/// (coaches for their team, admins and ingest clients for anyone). Stored whole or not at all.
/// </summary>
public static partial class ImportApi
{
    [GeneratedRegex("^[a-z0-9][a-z0-9._@:-]{0,199}$")]
    private static partial Regex OwnerPattern();

    public static IEndpointRouteBuilder MapImportApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/calls/import", ImportAsync).WithTags("Calls").WithName("ImportCall").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static async Task<IResult> ImportAsync(HttpContext context, CallImporter importer, UserDirectory users,
        IOptions<TranscriptLimits> limits, [FromQuery] string[]? rep, string? title, string? owner, CancellationToken ct)
    {
        var request = context.Request;
        if (!TranscriptFormats.TryFromMediaType(request.ContentType, out var format))
        {
            return TypedResults.Problem($"Content-Type '{request.ContentType}' is not a transcript: send application/json, text/vtt or text/plain.",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported transcript format");
        }

        if (title is { } t && (t.Length > limits.Value.MaxTitleLength || string.IsNullOrWhiteSpace(t)))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["title"] = [$"title must be 1-{limits.Value.MaxTitleLength} characters."],
            });
        }

        var (ownerName, team, denied) = await ResolveOwnerAsync(context.User, owner, users, ct);
        if (denied is not null)
        {
            return denied;
        }

        var body = await BoundedBody.ReadAsync(request, limits.Value.MaxBytes, ct);
        if (body is null)
        {
            return TypedResults.Problem($"The transcript is larger than the {limits.Value.MaxBytes} bytes accepted (Coach:Import:MaxBytes).",
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "Transcript too large");
        }

        Transcript transcript;
        try
        {
            transcript = TranscriptParser.Parse(body, format, rep ?? [], limits.Value);
        }
        catch (TranscriptFormatException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, title: "The transcript is not valid",
                extensions: new Dictionary<string, object?> { ["line"] = ex.Line });
        }

        var (call, scorecard) = await importer.ImportAsync(transcript, ownerName, team, title, ct);
        return TypedResults.Created($"/api/calls/{call.Id}", new ImportedCall(call.Id, call.Owner, call.Title, call.Lang,
            transcript.SidesGuessed, call.Lines, scorecard));
    }

    /// <summary>Whose call it is: the caller's own, or (coach, admin, ingest) the user named by <c>owner</c>.</summary>
    private static async Task<(string Owner, string? Team, IResult? Denied)> ResolveOwnerAsync(System.Security.Claims.ClaimsPrincipal user,
        string? owner, UserDirectory users, CancellationToken ct)
    {
        if (owner is null || UserDirectory.Normalize(owner) == user.UserName())
        {
            return (user.UserName(), user.TeamOf(), null);
        }

        var name = UserDirectory.Normalize(owner);
        if (!OwnerPattern().IsMatch(name))
        {
            return ("", null, TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["owner"] = ["owner must be a user name: letters, digits, '.', '_', '-', '@' or ':'."],
            }));
        }

        var known = await users.FindAsync(name, ct);
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Ingest))
        {
            return (name, known?.Team, null);
        }

        if (user.IsInRole(Roles.Coach) && known is not null && (user.TeamOf() is null || user.TeamOf() == known.Team))
        {
            return (name, known.Team, null);
        }

        return ("", null, TypedResults.Problem($"You may not import calls for '{name}': reps import their own calls, coaches their team's.",
            statusCode: StatusCodes.Status403Forbidden, title: "Not your team"));
    }
}

public sealed record ImportedCall(string CallId, string Owner, string? Title, string? Lang, bool SidesGuessed,
    IReadOnlyList<CallLine> Utterances, Scorecard Scorecard);
