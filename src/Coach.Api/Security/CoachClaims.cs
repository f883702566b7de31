using System.Security.Claims;
using Coach.Analysis.Storage;

namespace Coach.Api.Security;

/// <summary>Who is calling, as claims: name, role and team, whether from a sign-in or an API key.</summary>
public static class CoachClaims
{
    public const string Team = "team";

    public static ClaimsPrincipal For(UserRecord user, string scheme)
    {
        List<Claim> claims = [new(ClaimTypes.Name, user.UserName), new(ClaimTypes.Role, user.Role)];
        if (user.Team is not null)
        {
            claims.Add(new Claim(Team, user.Team));
        }

        if (user.DisplayName is not null)
        {
            claims.Add(new Claim(ClaimTypes.GivenName, user.DisplayName));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    public static string UserName(this ClaimsPrincipal user) => user.Identity?.Name ?? "";

    public static string? TeamOf(this ClaimsPrincipal user) => user.FindFirst(Team)?.Value;

    public static string? RoleOf(this ClaimsPrincipal user) => user.FindFirst(ClaimTypes.Role)?.Value;
}
