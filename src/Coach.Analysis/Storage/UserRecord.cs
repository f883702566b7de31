namespace Coach.Analysis.Storage;

/// <summary>A person who signs in: a rep, a coach or an admin.</summary>
public sealed class UserRecord
{
    /// <summary>The sign-in name, lower-cased.</summary>
    public required string UserName { get; set; }

    public string? DisplayName { get; set; }

    /// <summary>rep, coach or admin.</summary>
    public required string Role { get; set; }

    /// <summary>Reps and coaches of one team: a coach sees the calls of the reps in the team.</summary>
    public string? Team { get; set; }

    /// <summary>ASP.NET Core Identity's password hash (PBKDF2, salted, versioned).</summary>
    public required string PasswordHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
