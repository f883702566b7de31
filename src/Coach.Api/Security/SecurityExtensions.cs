using Microsoft.AspNetCore.Authentication;

namespace Coach.Api.Security;

public static class SecurityExtensions
{
    public const string AdminPolicy = "admin";

    /// <summary>API keys from <c>Coach:ApiKeys</c> and the role policies the endpoints use.</summary>
    public static WebApplicationBuilder AddCoachSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<List<ApiKeyEntry>>()
            .BindConfiguration("Coach:ApiKeys")
            .Validate(keys => keys.All(k => k.Key.Length >= 16), "Every Coach:ApiKeys entry needs a Key of at least 16 characters.")
            .Validate(keys => keys.All(k => Roles.All.Contains(k.Role)), $"Every Coach:ApiKeys entry needs a Role: {string.Join(", ", Roles.All)}.")
            .ValidateOnStart();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));
        return builder;
    }
}
