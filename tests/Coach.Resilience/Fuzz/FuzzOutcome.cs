namespace Coach.Resilience.Fuzz;

/// <summary>What one input got back: a key for the histogram (an HTTP status, or a kind of hub answer) and whether it breaks the bar.</summary>
public sealed record FuzzOutcome(string Key, FuzzFailure Failure = FuzzFailure.None, string? Detail = null)
{
    public static FuzzOutcome Status(int status) => new(status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        status >= 500 ? FuzzFailure.ServerError : FuzzFailure.None);
}

public enum FuzzFailure
{
    None,

    /// <summary>An HTTP 5xx.</summary>
    ServerError,

    /// <summary>The hub threw something other than a HubException ("An unexpected error occurred invoking ...").</summary>
    UnexpectedHubError,

    /// <summary>The server closed a hub connection or an HTTP connection on an input it should have answered.</summary>
    Dropped,

    /// <summary>No answer within the time limit.</summary>
    Timeout,
}
