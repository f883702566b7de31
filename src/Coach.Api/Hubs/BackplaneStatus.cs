using Coach.Api.Infrastructure;
using StackExchange.Redis;

namespace Coach.Api.Hubs;

/// <summary>
/// The Redis backplane's connection, kept when SignalR's Redis manager opens it, for the health check; and the
/// outage as the hub's sends see it, logged once when it starts and once when it ends rather than per message.
/// </summary>
public sealed class BackplaneStatus(ILogger<BackplaneStatus> log)
{
    private int _failing;
    private int _linkDown;

    public IConnectionMultiplexer? Redis { get; private set; }

    public bool IsConnected => Redis?.IsConnected == true;

    public void Attach(IConnectionMultiplexer redis)
    {
        Redis = redis;

        // Raised per connection (commands, subscriptions) and per failed reconnect attempt: logged once each way.
        redis.ConnectionFailed += (_, e) =>
        {
            if (Interlocked.Exchange(ref _linkDown, 1) == 0)
            {
                log.LogBackplaneConnectionLost(e.EndPoint?.ToString(), e.ConnectionType.ToString(), e.FailureType.ToString());
            }
        };
        redis.ConnectionRestored += (_, e) =>
        {
            if (Interlocked.Exchange(ref _linkDown, 0) == 1)
            {
                log.LogBackplaneConnectionRestored(e.EndPoint?.ToString(), e.ConnectionType.ToString());
            }
        };
    }

    /// <summary>A send through the backplane failed: the first since it last worked is logged.</summary>
    public void SendFailed(Exception ex)
    {
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            log.LogBackplaneSendsFailing(ex.GetType().Name, ex.Message);
        }
    }

    /// <summary>A send through the backplane worked: ends an outage the sends had seen.</summary>
    public void SendSucceeded()
    {
        if (Volatile.Read(ref _failing) == 1 && Interlocked.Exchange(ref _failing, 0) == 1)
        {
            log.LogBackplaneSendsRecovered();
        }
    }
}
