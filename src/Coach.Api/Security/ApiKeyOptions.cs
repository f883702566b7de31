namespace Coach.Api.Security;

/// <summary>One machine client's key (section <c>Coach:ApiKeys</c>, a list).</summary>
public sealed class ApiKeyEntry
{
    public string Key { get; set; } = "";

    /// <summary>admin, coach, rep or ingest.</summary>
    public string Role { get; set; } = "";

    /// <summary>Shown in logs instead of the key; owns the calls the key starts.</summary>
    public string? Name { get; set; }

    /// <summary>For a coach key: the team whose calls it sees (none: all teams).</summary>
    public string? Team { get; set; }
}

public static class Roles
{
    public const string Admin = "admin";
    public const string Coach = "coach";
    public const string Rep = "rep";
    public const string Ingest = "ingest";

    public static readonly IReadOnlyList<string> All = [Admin, Coach, Rep, Ingest];
}
