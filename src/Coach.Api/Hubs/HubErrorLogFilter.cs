using Coach.Api.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Coach.Api.Hubs;

/// <summary>
/// Logs what a hub method throws by who is at fault. SignalR logs every exception a hub method throws at Error with its
/// stack trace, a HubException too, so each bad argument a client sends read like a fault of the service; its
/// dispatcher's category is therefore raised to Fatal in appsettings.json and this filter logs instead: a HubException
/// (the client's mistake, answered with its message) at Debug, anything else at Error.
/// </summary>
public sealed class HubErrorLogFilter(ILogger<HubErrorLogFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext,
        Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (HubException ex)
        {
            logger.LogHubRefused(invocationContext.HubMethodName, ex.Message);
            throw;
        }
        catch (Exception ex)
        {
            logger.LogHubFailed(invocationContext.HubMethodName, ex);
            throw;
        }
    }
}
