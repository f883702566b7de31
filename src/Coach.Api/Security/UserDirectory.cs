using System.Text.RegularExpressions;
using Coach.Analysis.Storage;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Coach.Api.Security;

/// <summary>
/// The people who sign in. Passwords are hashed with ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/>
/// (PBKDF2, salted, versioned) rather than a hash of our own; the rest of Identity (its EF stores, UI and
/// tokens) would bring far more than three roles and a team need.
/// </summary>
public sealed partial class UserDirectory(IDbContextFactory<CoachDbContext> contexts, TimeProvider time)
{
    public static readonly IReadOnlyList<string> PersonRoles = [Roles.Rep, Roles.Coach, Roles.Admin];

    private readonly PasswordHasher<UserRecord> _hasher = new();

    [GeneratedRegex("^[a-z0-9][a-z0-9._@-]{0,63}$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex TeamPattern();

    /// <summary>The user when the password is right; null for an unknown user or a wrong password alike.</summary>
    public async Task<UserRecord?> CheckPasswordAsync(string userName, string password, CancellationToken ct)
    {
        var user = await FindAsync(userName, ct);
        if (user is null)
        {
            // Hash anyway so that an unknown name takes as long as a wrong password.
            _hasher.HashPassword(new UserRecord { UserName = "", Role = "", PasswordHash = "" }, password);
            return null;
        }

        return _hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed ? null : user;
    }

    public async Task<UserRecord?> FindAsync(string userName, CancellationToken ct)
    {
        var key = Normalize(userName);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == key, ct);
    }

    public async Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
    }

    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.AnyAsync(ct);
    }

    /// <summary>Adds a user; false when the name is taken.</summary>
    public async Task<bool> AddAsync(UserChange user, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = Normalize(user.UserName!);
        if (await db.Users.AnyAsync(u => u.UserName == key, ct))
        {
            return false;
        }

        var record = new UserRecord
        {
            UserName = key, DisplayName = user.DisplayName, Role = user.Role!, Team = user.Team, PasswordHash = "",
            CreatedAt = time.GetUtcNow(),
        };
        record.PasswordHash = _hasher.HashPassword(record, user.Password!);
        db.Users.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Two requests for one new name at once: the second finds the key taken.
            return false;
        }
    }

    /// <summary>Changes the fields given; false when there is no such user.</summary>
    public async Task<bool> UpdateAsync(string userName, UserChange change, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = Normalize(userName);
        var record = await db.Users.FirstOrDefaultAsync(u => u.UserName == key, ct);
        if (record is null)
        {
            return false;
        }

        record.DisplayName = change.DisplayName ?? record.DisplayName;
        record.Role = change.Role ?? record.Role;
        record.Team = change.Team ?? record.Team;
        if (change.Password is not null)
        {
            record.PasswordHash = _hasher.HashPassword(record, change.Password);
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<bool> RemoveAsync(string userName, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = Normalize(userName);
        return await db.Users.Where(u => u.UserName == key).ExecuteDeleteAsync(ct) > 0;
    }

    /// <summary>Errors by field; <paramref name="creating"/> makes name, password and role required.</summary>
    public static Dictionary<string, string[]> Check(UserChange user, bool creating)
    {
        var errors = new Dictionary<string, string[]>();
        if (creating || user.UserName is not null)
        {
            if (string.IsNullOrWhiteSpace(user.UserName))
            {
                errors["userName"] = ["userName is required."];
            }
            else if (!UserNamePattern().IsMatch(Normalize(user.UserName)))
            {
                errors["userName"] = ["userName must be 1-64 letters, digits, '.', '_', '-' or '@', starting with a letter or digit."];
            }
        }

        if (creating || user.Password is not null)
        {
            if (user.Password is null || user.Password.Length < 8)
            {
                errors["password"] = ["password must have at least 8 characters."];
            }
            else if (user.Password.Length > 128)
            {
                errors["password"] = ["password must have at most 128 characters."];
            }
        }

        if ((creating || user.Role is not null) && !PersonRoles.Contains(user.Role ?? ""))
        {
            errors["role"] = [$"role must be one of {string.Join(", ", PersonRoles)}."];
        }

        if (user.Team is not null && !TeamPattern().IsMatch(user.Team))
        {
            errors["team"] = ["team must be 1-64 letters, digits, '-' or '_'."];
        }

        if (user.DisplayName is { Length: > 200 })
        {
            errors["displayName"] = ["displayName must have at most 200 characters."];
        }

        return errors;
    }

    public static string Normalize(string userName) => userName.Trim().ToLowerInvariant();
}

/// <summary>A new user, or the fields of one to change (null leaves a field as it is).</summary>
public sealed record UserChange(string? UserName, string? Password, string? Role, string? Team, string? DisplayName);
