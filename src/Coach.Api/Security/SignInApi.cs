using Coach.Api.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Coach.Api.Security;

/// <summary>
/// People sign in with name and password and get an HTTP-only cookie that the web client and its
/// hub connection carry: <c>POST /api/auth/login</c>, <c>POST /api/auth/logout</c>, <c>GET /api/auth/me</c>.
/// </summary>
public static class SignInApi
{
    public static IEndpointRouteBuilder MapSignInApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Sign-in");
        group.MapPost("/login", LoginAsync).WithName("SignIn").RequireRateLimiting(SecurityExtensions.SignInRateLimit);
        group.MapPost("/logout", (Delegate)LogoutAsync).WithName("SignOut");
        group.MapGet("/me", Me).WithName("WhoAmI").RequireAuthorization();
        return app;
    }

    private static async Task<IResult> LoginAsync(HttpContext context, UserDirectory users, IOptions<UtteranceLimits> limits,
        ILoggerFactory loggers, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<SignInRequest>(context.Request, limits.Value.MaxBodyBytes, ct);
        if (body.Value is not { } input)
        {
            return body.Problem!;
        }

        if (string.IsNullOrWhiteSpace(input.UserName) || string.IsNullOrEmpty(input.Password))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [string.IsNullOrWhiteSpace(input.UserName) ? "userName" : "password"] = ["userName and password are required."],
            }, title: "Sign-in needs a name and a password");
        }

        var user = input.Password.Length > 128 ? null : await users.CheckPasswordAsync(input.UserName, input.Password, ct);
        if (user is null)
        {
            loggers.CreateLogger(nameof(SignInApi)).LogSignInFailed(context.Connection.RemoteIpAddress?.ToString());
            return TypedResults.Problem("The name or the password is wrong.", statusCode: StatusCodes.Status401Unauthorized,
                title: "Sign-in failed");
        }

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            CoachClaims.For(user, CookieAuthenticationDefaults.AuthenticationScheme));
        loggers.CreateLogger(nameof(SignInApi)).LogSignedIn(user.UserName, user.Role);
        return TypedResults.Ok(new SignedInUser(user.UserName, user.DisplayName, user.Role, user.Team));
    }

    private static async Task<IResult> LogoutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }

    private static IResult Me(HttpContext context)
    {
        var user = context.User;
        return TypedResults.Ok(new SignedInUser(user.UserName(), user.FindFirst(System.Security.Claims.ClaimTypes.GivenName)?.Value,
            user.RoleOf() ?? "", user.TeamOf()));
    }
}

public sealed record SignInRequest(string? UserName, string? Password);

public sealed record SignedInUser(string UserName, string? DisplayName, string Role, string? Team);
