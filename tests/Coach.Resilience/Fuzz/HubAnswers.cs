namespace Coach.Resilience.Fuzz;

/// <summary>How a hub answered, told apart by the message SignalR puts in the completion.</summary>
public static class HubAnswers
{
    public const string Ok = "ok";
    public const string Clear = "HubException";
    public const string Binding = "binding-rejected";
    public const string Unexpected = "UNEXPECTED";
    public const string Refused = "connect-refused";
    public const string DroppedByDesign = "closed(over-64KB)";
    public const string Dropped = "DROPPED";
    public const string ProtocolClose = "closed(bad-frame)";
    public const string Timeout = "TIMEOUT";

    /// <summary>
    /// A message of a type SignalR does not know ({"type":99}) is skipped by reporting "incomplete message", so nothing
    /// after it on that connection is ever read (the client's own connection only; the server closes it when the
    /// client goes). A SignalR limit, not the service's: shown in the figures, not counted as a failure.
    /// </summary>
    public const string Wedged = "wedged(unknown-type)";

    /// <summary>
    /// SignalR answers a method that threw with "An unexpected error occurred invoking 'X' on the server." and, only when
    /// what it threw was a HubException (detailed errors are off), " HubException: " and its message: that is a clear
    /// error the hub raised on purpose; without it, the method threw something else, a bug. "Failed to invoke 'X' ..."
    /// is SignalR refusing to bind the arguments (wrong count or type for typed parameters) or an unknown method.
    /// </summary>
    public static FuzzOutcome FromError(string message) =>
        message.StartsWith("Failed to invoke", StringComparison.Ordinal) || message.StartsWith("Unknown hub method", StringComparison.Ordinal)
            ? new FuzzOutcome(Binding)
            : message.StartsWith("An unexpected error occurred", StringComparison.Ordinal) && !message.Contains(" HubException: ", StringComparison.Ordinal)
                ? new FuzzOutcome(Unexpected, FuzzFailure.UnexpectedHubError, message)
                : new FuzzOutcome(Clear);
}
