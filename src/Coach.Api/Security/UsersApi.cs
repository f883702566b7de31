using Coach.Analysis.Storage;
using Coach.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace Coach.Api.Security;

/// <summary>Admins manage the people who sign in: <c>/api/users</c>. Password hashes never leave the service.</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(SecurityExtensions.AdminPolicy);
        group.MapGet("/", ListAsync).WithName("ListUsers");
        group.MapPost("/", AddAsync).WithName("AddUser");
        group.MapPut("/{userName}", UpdateAsync).WithName("UpdateUser");
        group.MapDelete("/{userName}", RemoveAsync).WithName("RemoveUser");
        return app;
    }

    private static async Task<IResult> ListAsync(UserDirectory users, CancellationToken ct) =>
        TypedResults.Ok((await users.ListAsync(ct)).Select(View).ToArray());

    private static async Task<IResult> AddAsync(HttpRequest request, UserDirectory users, IOptions<UtteranceLimits> limits,
        CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<UserChange>(request, limits.Value.MaxBodyBytes, ct);
        if (body.Value is not { } input)
        {
            return body.Problem!;
        }

        if (UserDirectory.Check(input, creating: true) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The user is not valid");
        }

        if (!await users.AddAsync(input, ct))
        {
            return TypedResults.Problem($"A user named '{UserDirectory.Normalize(input.UserName!)}' exists; use PUT to change it.",
                statusCode: StatusCodes.Status409Conflict, title: "User exists");
        }

        var stored = await users.FindAsync(input.UserName!, ct);
        return TypedResults.Created($"/api/users/{stored!.UserName}", View(stored));
    }

    private static async Task<IResult> UpdateAsync(string userName, HttpRequest request, UserDirectory users,
        IOptions<UtteranceLimits> limits, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<UserChange>(request, limits.Value.MaxBodyBytes, ct);
        if (body.Value is not { } input)
        {
            return body.Problem!;
        }

        if (input.UserName is not null && UserDirectory.Normalize(input.UserName) != UserDirectory.Normalize(userName))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["userName"] = ["A user cannot be renamed; leave userName out or repeat the name in the address."],
            });
        }

        if (UserDirectory.Check(input, creating: false) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The change is not valid");
        }

        if (!await users.UpdateAsync(userName, input, ct))
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(View((await users.FindAsync(userName, ct))!));
    }

    private static async Task<IResult> RemoveAsync(string userName, HttpContext context, UserDirectory users, CancellationToken ct)
    {
        if (UserDirectory.Normalize(userName) == context.User.UserName())
        {
            return TypedResults.Problem("An admin cannot remove their own account.", statusCode: StatusCodes.Status409Conflict,
                title: "Cannot remove yourself");
        }

        return await users.RemoveAsync(userName, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    private static SignedInUser View(UserRecord user) => new(user.UserName, user.DisplayName, user.Role, user.Team);
}
