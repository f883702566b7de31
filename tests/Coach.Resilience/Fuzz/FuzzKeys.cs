namespace Coach.Resilience.Fuzz;

/// <summary>The API keys of a fuzz run, one per role, and the service settings that issue them.</summary>
public static class FuzzKeys
{
    public const string Team = "east";

    public static string? For(Credential credential) => credential switch
    {
        Credential.Admin => "fuzz-admin-key-0123456789",
        Credential.Coach => "fuzz-coach-key-0123456789",
        Credential.Rep => "fuzz-rep-key-0123456789ab",
        Credential.Ingest => "fuzz-ingest-key-012345678",
        Credential.BadKey => "not-a-key-anyone-issued-0000",
        _ => null,
    };

    /// <summary>
    /// For a service the run starts: the four keys, and sign-in attempts not rate-limited, so the login endpoint's own
    /// validation sees the bad input instead of the limiter's 429.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment()
    {
        var settings = new Dictionary<string, string> { ["Coach__SignIn__AttemptsPerMinute"] = "1000000" };
        Credential[] roles = [Credential.Admin, Credential.Coach, Credential.Rep, Credential.Ingest];
        for (var i = 0; i < roles.Length; i++)
        {
            settings[$"Coach__ApiKeys__{i}__Key"] = For(roles[i])!;
            settings[$"Coach__ApiKeys__{i}__Role"] = roles[i].ToString().ToLowerInvariant();
            settings[$"Coach__ApiKeys__{i}__Name"] = "fuzz-" + roles[i].ToString().ToLowerInvariant();
            settings[$"Coach__ApiKeys__{i}__Team"] = Team;
        }

        return settings;
    }
}
