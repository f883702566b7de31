using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Coach.Api.Security;

/// <summary>
/// Machine clients: <c>X-Api-Key</c> header (REST) or <c>access_token</c> query value (SignalR), checked
/// against the keys of <c>Coach:ApiKeys</c> in constant time. A wrong key fails; no key is simply
/// unauthenticated, so endpoints that need a role answer 401.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<List<ApiKeyEntry>> keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string QueryName = "access_token";

    /// <summary>Whether the request carries a key at all (then this scheme, not the sign-in cookie, decides).</summary>
    public static bool Carries(HttpRequest request) =>
        request.Headers.ContainsKey(Header) || request.Query.ContainsKey(QueryName);

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = Request.Headers[Header].FirstOrDefault() ?? Request.Query[QueryName].FirstOrDefault();
        if (string.IsNullOrEmpty(presented))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var bytes = Encoding.UTF8.GetBytes(presented);
        var match = keys.CurrentValue.FirstOrDefault(k =>
            k.Key.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(k.Key), bytes));
        if (match is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The API key is not valid."));
        }

        var principal = CoachClaims.For(match.Name ?? $"api-key:{match.Role}", match.Role, match.Team, null, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
