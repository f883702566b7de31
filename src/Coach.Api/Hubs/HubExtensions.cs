using Microsoft.AspNetCore.SignalR;
using Coach.Analysis.Calls;
using Coach.Analysis.Storage;
using Coach.Analysis.Suggestions;
using Microsoft.Extensions.Options;

namespace Coach.Api.Hubs;

public static class HubExtensions
{
    public static WebApplicationBuilder AddCoachHub(this WebApplicationBuilder builder)
    {
        var signalR = builder.Services.AddSignalR(o =>
        {
            o.MaximumReceiveMessageSize = 64 * 1024;
            o.AddFilter<HubErrorLogFilter>();
        });
        if (builder.Configuration.GetConnectionString("Redis") is { Length: > 0 } redis)
        {
            // Several instances behind a load balancer: a call's group spans them all through Redis pub/sub,
            // so a coach watching on one instance gets the lines of a rep connected to another.
            signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("salescoach"));
        }

        builder.Services.AddSingleton<SuggestionRelay>();
        return builder;
    }

    public static WebApplication MapCoachHub(this WebApplication app)
    {
        app.MapHub<CoachHub>("/hubs/coach");
        return app;
    }
}
