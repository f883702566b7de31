using Coach.Analysis.Playbook;
using Coach.Analysis.Text;
using Coach.Api.Infrastructure;
using Coach.Api.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Coach.Api.Apis;

public static class PlaybookApi
{
    public const int MaxQueryLength = 500;
    public const int MaxTop = 50;

    public static IEndpointRouteBuilder MapPlaybookApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/playbook").WithTags("Playbook");
        group.MapGet("/search", SearchAsync).WithName("SearchPlaybook");
        group.MapGet("/", List).WithName("ListSnippets");
        group.MapGet("/{id}", Get).WithName("GetSnippet");
        group.MapPost("/", AddAsync).WithName("AddSnippet").RequireAuthorization(SecurityExtensions.AdminPolicy);
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateSnippet").RequireAuthorization(SecurityExtensions.AdminPolicy);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteSnippet").RequireAuthorization(SecurityExtensions.AdminPolicy);
        return app;
    }

    private static Ok<PlaybookSnippet[]> List(PlaybookStore store, string? lang, string? situation) =>
        TypedResults.Ok(store.Snippets
            .Where(s => (lang is null || s.Lang == lang) && (situation is null || s.Situations.Contains(situation)))
            .OrderBy(s => s.Id, StringComparer.Ordinal)
            .ToArray());

    private static async Task<IResult> AddAsync(HttpRequest request, PlaybookStore store, IOptions<UtteranceLimits> limits,
        CancellationToken ct)
    {
        var (snippet, problem) = await ReadSnippetAsync(request, limits.Value.MaxBodyBytes, ct);
        if (snippet is null)
        {
            return problem!;
        }

        return await store.AddAsync(snippet, ct) switch
        {
            PlaybookChange.Conflict => TypedResults.Problem($"A snippet with id '{snippet.Id}' already exists; use PUT to change it.",
                statusCode: StatusCodes.Status409Conflict, title: "Snippet exists"),
            _ => TypedResults.Created($"/api/playbook/{snippet.Id}", snippet),
        };
    }

    private static async Task<IResult> UpdateAsync(string id, HttpRequest request, PlaybookStore store,
        IOptions<UtteranceLimits> limits, CancellationToken ct)
    {
        var (snippet, problem) = await ReadSnippetAsync(request, limits.Value.MaxBodyBytes, ct, id);
        if (snippet is null)
        {
            return problem!;
        }

        if (snippet.Id != id)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["id"] = [$"The body's id '{snippet.Id}' does not match the id '{id}' in the address."],
            });
        }

        return await store.UpdateAsync(snippet, ct) switch
        {
            PlaybookChange.NotFound => TypedResults.NotFound(),
            _ => TypedResults.Ok(snippet),
        };
    }

    private static async Task<IResult> DeleteAsync(string id, PlaybookStore store, CancellationToken ct) =>
        await store.DeleteAsync(id, ct) switch
        {
            PlaybookChange.NotFound => TypedResults.NotFound(),
            _ => TypedResults.NoContent(),
        };

    /// <summary>A snippet from JSON or from Markdown with front matter, validated; or the 400 that says why not.</summary>
    private static async Task<(PlaybookSnippet? Snippet, IResult? Problem)> ReadSnippetAsync(HttpRequest request, int maxBytes,
        CancellationToken ct, string? routeId = null)
    {
        if (request.ContentType?.StartsWith("text/markdown", StringComparison.OrdinalIgnoreCase) == true ||
            request.ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var reader = new StreamReader(request.Body);
            var buffer = new char[maxBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, ct);
            if (read > maxBytes)
            {
                return (null, TypedResults.Problem($"The snippet is larger than the {maxBytes} bytes accepted.",
                    statusCode: StatusCodes.Status400BadRequest, title: "Invalid request body"));
            }

            try
            {
                return (SnippetMarkdown.Parse(new string(buffer, 0, read), routeId ?? "request body"), null);
            }
            catch (SnippetValidationException ex)
            {
                return (null, TypedResults.ValidationProblem(ex.Errors, title: "The snippet is not valid"));
            }
        }

        var body = await JsonBody.ReadAsync<SnippetRequest>(request, maxBytes, ct);
        if (body.Value is null)
        {
            return (null, body.Problem);
        }

        var snippet = body.Value.ToSnippet();
        var errors = SnippetRules.Check(snippet);
        return errors.Count > 0
            ? (null, TypedResults.ValidationProblem(errors, title: "The snippet is not valid"))
            : (snippet, null);
    }

    private static async Task<Results<Ok<IReadOnlyList<PlaybookHit>>, ValidationProblem>> SearchAsync(
        PlaybookSearch search, string? q, string? lang, int? top, string? situation, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q) && situation is null)
        {
            errors["q"] = ["q is required (or give a situation to list its snippets)."];
        }
        else if (q is { Length: > MaxQueryLength })
        {
            errors["q"] = [$"q is {q.Length} characters; at most {MaxQueryLength} are accepted."];
        }

        if (lang is not null && !Language.IsSupported(lang))
        {
            errors["lang"] = [$"lang '{lang}' is not supported: use zh or en, or leave it out."];
        }

        if (top is < 1 or > MaxTop)
        {
            errors["top"] = [$"top must be between 1 and {MaxTop}."];
        }

        if (situation is not null && !Situations.IsKnown(situation))
        {
            errors["situation"] = [$"situation '{situation}' is unknown. Known ids: {string.Join(", ", Situations.All)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The search is not valid");
        }

        return TypedResults.Ok(await search.SearchAsync(q ?? "", lang, situation, top ?? 3, ct));
    }

    private static Results<Ok<PlaybookSnippet>, NotFound> Get(PlaybookStore store, string id) =>
        store.Find(id) is { } snippet ? TypedResults.Ok(snippet) : TypedResults.NotFound();
}
