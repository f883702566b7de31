using Coach.Api.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Coach.Api.Hubs;

/// <summary>
/// A hub method that failed because the database is unreachable tells the client so, and that resending is safe,
/// instead of SignalR's generic "An unexpected error occurred".
/// </summary>
public sealed class StoreUnavailableHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception ex) when (ex is not HubException && DatabaseFailures.IsUnreachable(ex))
        {
            throw new HubException(invocationContext.HubMethodName == nameof(CoachHub.SendUtterance)
                ? "The line was not stored: the database is unreachable. Resend it."
                : $"{invocationContext.HubMethodName} failed: the database is unreachable. Try again in a few seconds.");
        }
    }
}
