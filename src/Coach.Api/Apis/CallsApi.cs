using Coach.Analysis.Calls;
using Coach.Analysis.Storage;
using Coach.Api.Security;

namespace Coach.Api.Apis;

/// <summary>Calls people may see: <c>GET /api/calls</c> and <c>GET /api/calls/{callId}</c>.</summary>
public static class CallsApi
{
    public const int MaxTake = 200;

    public static IEndpointRouteBuilder MapCallsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls").WithTags("Calls").RequireAuthorization();
        group.MapGet("/", ListAsync).WithName("ListCalls");
        group.MapGet("/{callId}", GetAsync).WithName("GetCall");
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext context, CallStore store, int? take, DateTimeOffset? before,
        CancellationToken ct)
    {
        if (take is < 1 or > MaxTake)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = [$"take must be 1-{MaxTake}."] });
        }

        var user = context.User;
        var query = new CallQuery(Before: before, Take: take ?? 50);
        if (user.IsInRole(Roles.Rep))
        {
            query = query with { Owner = user.UserName() };
        }
        else if (user.IsInRole(Roles.Coach) && user.TeamOf() is { } team)
        {
            query = query with { Team = team, OrOwner = user.UserName() };
        }
        else if (!user.IsInRole(Roles.Coach) && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Ingest))
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(await store.ListAsync(query, ct));
    }

    private static async Task<IResult> GetAsync(string callId, HttpContext context, CallRegistry calls, CancellationToken ct)
    {
        if (callId.Length > 64 || await calls.FindAsync(callId, ct) is not { } call)
        {
            return TypedResults.NotFound();
        }

        if (!context.User.MaySee(call.Owner, call.Team))
        {
            // Someone else's call is answered as if it did not exist: ids of other teams' calls stay private.
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new CallView(call.Id, call.Owner, call.Team, call.Title, call.Lang, call.StartedAt, call.EndedAt,
            call.Lines, await call.ScorecardAsync(ct)));
    }
}

public sealed record CallView(string CallId, string Owner, string? Team, string? Title, string? Lang, DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt, IReadOnlyList<CallLine> Utterances, Scorecard Scorecard);
