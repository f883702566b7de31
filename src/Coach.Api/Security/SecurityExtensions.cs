using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Coach.Api.Security;

public static class SecurityExtensions
{
    public const string AdminPolicy = "admin";
    public const string SignInRateLimit = "sign-in";
    private const string Scheme = "Coach";

    /// <summary>
    /// People sign in with a cookie (<see cref="SignInApi"/>); machine clients send an API key from
    /// <c>Coach:ApiKeys</c>. A request that carries a key is judged by the key alone.
    /// </summary>
    public static WebApplicationBuilder AddCoachSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<List<ApiKeyEntry>>()
            .BindConfiguration("Coach:ApiKeys")
            .Validate(keys => keys.All(k => k.Key.Length >= 16), "Every Coach:ApiKeys entry needs a Key of at least 16 characters.")
            .Validate(keys => keys.All(k => Roles.All.Contains(k.Role)), $"Every Coach:ApiKeys entry needs a Role: {string.Join(", ", Roles.All)}.")
            .ValidateOnStart();
        builder.Services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section)
            .Validate(o => o.SessionLifetime > TimeSpan.Zero && o.AttemptsPerMinute > 0, "Coach:SignIn needs a positive SessionLifetime and AttemptsPerMinute.")
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<UserDirectory>();
        builder.Services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, SignInCookie>();

        builder.Services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, "API key or sign-in", o => o.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.Carries(context.Request)
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInRateLimit, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value.AttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) });
            });
        });
        return builder;
    }

    public static WebApplication UseCoachSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
