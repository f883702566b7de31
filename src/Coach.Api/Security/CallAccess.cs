using System.Security.Claims;

namespace Coach.Api.Security;

/// <summary>
/// Who may see and who may drive a call. A rep sees only their own calls; a coach sees the calls of
/// their team (a coach key without a team, a CRM say, sees all); admins and ingest clients see all.
/// Only the owner, an admin or an ingest client (a dialer pushing lines) may add lines or end a call.
/// </summary>
public static class CallAccess
{
    public static bool MaySee(this ClaimsPrincipal user, string owner, string? team)
    {
        if (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Ingest) || owner == user.UserName())
        {
            return true;
        }

        return user.IsInRole(Roles.Coach) && (user.TeamOf() is not { } coachTeam || coachTeam == team);
    }

    public static bool MayDrive(this ClaimsPrincipal user, string owner) =>
        owner == user.UserName() || user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Ingest);
}
