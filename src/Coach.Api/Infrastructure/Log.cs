namespace Coach.Api.Infrastructure;

/// <summary>Source-generated log messages of the host. Event ids: 1000s start-up and playbook, 2000s analysis, 3000s sign-in, 4000s dependencies, 5000s hub.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Loaded {Count} classifier models")]
    public static partial void LogModelsLoaded(this ILogger logger, int count);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Indexed {Count} playbook snippets in the {Index} index in {Milliseconds} ms")]
    public static partial void LogPlaybookIndexed(this ILogger logger, int count, string index, long milliseconds);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Rejected analyze request: {Problem}")]
    public static partial void LogAnalyzeRejected(this ILogger logger, string problem);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Signed in {User} as {Role}")]
    public static partial void LogSignedIn(this ILogger logger, string user, string role);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Sign-in failed from {Address}")]
    public static partial void LogSignInFailed(this ILogger logger, string? address);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Development demo users (password {Password}): {Users}")]
    public static partial void LogDemoUsers(this ILogger logger, string password, string users);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "No one can sign in yet: add an admin with `dotnet run --project src/Coach.Api -- user add --name NAME --role admin` (it asks for the password)")]
    public static partial void LogNoUsers(this ILogger logger);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "No web client in {Folder}: build without -p:SkipWebClient=true to serve it")]
    public static partial void LogWebClientMissing(this ILogger logger, string folder);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Lost the Redis backplane ({EndPoint}, {ConnectionType}: {FailureType}); reconnecting")]
    public static partial void LogBackplaneConnectionLost(this ILogger logger, string? endPoint, string connectionType, string failureType);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "The Redis backplane is connected again ({EndPoint}, {ConnectionType})")]
    public static partial void LogBackplaneConnectionRestored(this ILogger logger, string? endPoint, string connectionType);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Sends through the Redis backplane fail ({ExceptionType}: {Reason}): reps get their own lines and advice directly, coaches on other instances miss them until Redis is back")]
    public static partial void LogBackplaneSendsFailing(this ILogger logger, string exceptionType, string reason);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Sends through the Redis backplane work again")]
    public static partial void LogBackplaneSendsRecovered(this ILogger logger);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Information, Message = "Took in {Count} playbook changes made by other instances")]
    public static partial void LogPlaybookRefreshed(this ILogger logger, int count);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Could not take in the shared playbook edits ({Reason}); trying again later")]
    public static partial void LogPlaybookRefreshFailed(this ILogger logger, string reason);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "Hub method {Method} refused the call: {Reason}")]
    public static partial void LogHubRefused(this ILogger logger, string method, string reason);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Hub method {Method} failed")]
    public static partial void LogHubFailed(this ILogger logger, string method, Exception exception);
}
