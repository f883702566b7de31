using Microsoft.AspNetCore.SignalR;

namespace Coach.Api.Hubs;

/// <summary>
/// Sends a call's messages to its group: the rep and the coaches watching, on every instance through the backplane.
/// With Redis, a group send is a Redis publish even for connections on this instance, so when Redis is down it
/// fails; the sender then still gets the message directly (a send to a connection of this instance does not go
/// through Redis). Coaches on other instances miss those messages until Redis is back.
/// </summary>
public sealed class CallStream(IHubContext<CoachHub, ICoachClient> hub, BackplaneStatus backplane)
{
    public Task LabeledAsync(string callId, string? sender, UtteranceLabeledMessage message) =>
        SendAsync(callId, sender, client => client.UtteranceLabeled(message));

    public Task SuggestionAsync(string callId, string? sender, SuggestionMessage message) =>
        SendAsync(callId, sender, client => client.Suggestion(message));

    private async Task SendAsync(string callId, string? sender, Func<ICoachClient, Task> send)
    {
        try
        {
            await send(hub.Clients.Group(CoachHub.Group(callId)));
            backplane.SendSucceeded();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            backplane.SendFailed(ex);
            if (sender is null)
            {
                throw;
            }

            await send(hub.Clients.Client(sender));
        }
    }
}
