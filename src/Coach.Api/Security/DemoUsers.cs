using Coach.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace Coach.Api.Security;

/// <summary>
/// In Development, a small demo organisation (two teams, their reps and coaches, an admin) so the web
/// client can be tried at once; the names and the password are printed at start-up. Never in
/// Production: there an operator adds users with the <c>user add</c> verb or <c>/api/users</c>.
/// </summary>
public static class DemoUsers
{
    public static readonly IReadOnlyList<UserChange> People =
    [
        new("admin", null, Roles.Admin, null, "Demo Admin"),
        new("coach.east", null, Roles.Coach, "east", "Coach East"),
        new("rep.east", null, Roles.Rep, "east", "Rep East"),
        new("coach.west", null, Roles.Coach, "west", "Coach West"),
        new("rep.west", null, Roles.Rep, "west", "Rep West"),
    ];

    public static async Task<WebApplication> SeedCoachUsersAsync(this WebApplication app)
    {
        var users = app.Services.GetRequiredService<UserDirectory>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(nameof(DemoUsers));
        var options = app.Services.GetRequiredService<IOptions<SignInOptions>>().Value;
        if (app.Environment.IsDevelopment() && options.DemoUsers)
        {
            foreach (var person in People)
            {
                await users.AddAsync(person with { Password = options.DemoPassword }, CancellationToken.None);
            }

            log.LogDemoUsers(options.DemoPassword,
                string.Join(", ", People.Select(p => p.Team is null ? $"{p.UserName} ({p.Role})" : $"{p.UserName} ({p.Role}, {p.Team})")));
        }
        else if (!await users.AnyAsync(CancellationToken.None))
        {
            log.LogNoUsers();
        }

        return app;
    }
}
