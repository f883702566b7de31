namespace Coach.Api.Security;

/// <summary>People's sign-in (section <c>Coach:SignIn</c>).</summary>
public sealed class SignInOptions
{
    public const string Section = "Coach:SignIn";

    /// <summary>How long a sign-in lasts without use; each use extends it.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>Sign-in attempts allowed per client address per minute.</summary>
    public int AttemptsPerMinute { get; set; } = 10;

    /// <summary>Creates demo users (printed at start-up) when the environment is Development.</summary>
    public bool DemoUsers { get; set; } = true;

    /// <summary>The demo users' password (Development only).</summary>
    public string DemoPassword { get; set; } = "coach-demo-2026";
}
