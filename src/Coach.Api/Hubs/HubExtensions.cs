using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;

namespace Coach.Api.Hubs;

public static class HubExtensions
{
    public static WebApplicationBuilder AddCoachHub(this WebApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR(o =>
        {
            o.MaximumReceiveMessageSize = 64 * 1024;
            // Outermost first: the log filter sees what the store filter made of a failure.
            o.AddFilter<HubErrorLogFilter>();
            o.AddFilter<StoreUnavailableHubFilter>();
        });
        builder.Services.AddSingleton<BackplaneStatus>();
        if (builder.Configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            // Several instances behind a load balancer: a call's group spans them all through Redis pub/sub,
            // so a coach watching on one instance gets the lines of a rep connected to another.
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("salescoach"));
            builder.Services.AddOptions<RedisOptions>().Configure<BackplaneStatus>((o, status) =>
            {
                // Start without Redis and keep reconnecting (every second) rather than fail; while it is down a
                // publish fails at once instead of queueing for the 5 s timeout, so the rep's own messages go out directly.
                o.Configuration.AbortOnConnectFail = false;
                o.Configuration.BacklogPolicy = BacklogPolicy.FailFast;
                o.Configuration.ReconnectRetryPolicy = new LinearRetry(1000);
                var configuration = o.Configuration;
                o.ConnectionFactory = async writer =>
                {
                    var connection = await ConnectionMultiplexer.ConnectAsync(configuration, writer);
                    status.Attach(connection);
                    return connection;
                };
            });
            builder.Services.AddHealthChecks().AddCheck<BackplaneHealthCheck>("backplane");
        }

        builder.Services.AddSingleton<CallStream>();
        builder.Services.AddSingleton<SuggestionRelay>();
        return builder;
    }

    public static WebApplication MapCoachHub(this WebApplication app)
    {
        app.MapHub<CoachHub>("/hubs/coach");
        return app;
    }
}
