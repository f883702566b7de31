namespace Coach.Api.Infrastructure;

/// <summary>Source-generated log messages of the host. Event ids: 1000s start-up, 2000s analysis.</summary>
internal static partial class ApiLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Loaded {Count} classifier models")]
    public static partial void LogModelsLoaded(this ILogger logger, int count);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Indexed {Count} playbook snippets in the {Index} index in {Milliseconds} ms")]
    public static partial void LogPlaybookIndexed(this ILogger logger, int count, string index, long milliseconds);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Rejected analyze request: {Problem}")]
    public static partial void LogAnalyzeRejected(this ILogger logger, string problem);
}
