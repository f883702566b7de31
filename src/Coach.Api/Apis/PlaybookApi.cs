using Coach.Analysis.Playbook;
using Coach.Analysis.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Coach.Api.Apis;

public static class PlaybookApi
{
    public const int MaxQueryLength = 500;
    public const int MaxTop = 50;

    public static IEndpointRouteBuilder MapPlaybookApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/playbook").WithTags("Playbook");
        group.MapGet("/search", SearchAsync).WithName("SearchPlaybook");
        group.MapGet("/{id}", Get).WithName("GetSnippet");
        return app;
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
