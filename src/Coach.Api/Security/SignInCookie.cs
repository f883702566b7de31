using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Coach.Api.Security;

/// <summary>
/// The sign-in cookie: HTTP-only, same-site strict, sliding. An API answers 401/403 instead of
/// redirecting to a login page, and every request re-reads the user, so a removed user or a changed
/// role takes effect at once rather than when the cookie expires.
/// </summary>
internal sealed class SignInCookie(IOptions<SignInOptions> signIn) : IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        if (name != CookieAuthenticationDefaults.AuthenticationScheme)
        {
            return;
        }

        options.Cookie.Name = "coach.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = signIn.Value.SessionLifetime;
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
        options.Events.OnValidatePrincipal = async context =>
        {
            var users = context.HttpContext.RequestServices.GetRequiredService<UserDirectory>();
            var user = await users.FindAsync(context.Principal?.Identity?.Name ?? "", context.HttpContext.RequestAborted);
            if (user is null)
            {
                context.RejectPrincipal();
                return;
            }

            if (user.Role != context.Principal!.RoleOf() || user.Team != context.Principal!.TeamOf())
            {
                context.ReplacePrincipal(CoachClaims.For(user, CookieAuthenticationDefaults.AuthenticationScheme));
                context.ShouldRenew = true;
            }
        };
    }
}
