using System.Security.Claims;
using Coach.Analysis.Storage;

namespace Coach.Api.Security;

/// <summary>Who is calling, as claims: name, role and team, whether from a sign-in or an API key.</summary>
public static class CoachClaims
{
    public const string Team = "team";

    public static ClaimsPrincipal For(UserRecord user, string scheme) =>
        For(user.UserName, user.Role, user.Team, user.DisplayName, scheme);

    public static ClaimsPrincipal For(string name, string role, string? team, string? displayName, string scheme)
    {
        List<Claim> claims = [new(ClaimTypes.Name, name), new(ClaimTypes.Role, role)];
        if (team is not null)
        {
            claims.Add(new Claim(Team, team));
        }

        if (displayName is not null)
        {
            claims.Add(new Claim(ClaimTypes.GivenName, displayName));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static string UserName(this ClaimsPrincipal user) => user.Identity?.Name ?? "";

    public static string? TeamOf(this ClaimsPrincipal user) => user.FindFirst(Team)?.Value;

    public static string? RoleOf(this ClaimsPrincipal user) => user.FindFirst(ClaimTypes.Role)?.Value;
}
