using Coach.Analysis.Calls;
using Coach.Analysis.Storage;
using Coach.Analysis.Suggestions;
using Microsoft.Extensions.Options;

namespace Coach.Api.Hubs;

public static class HubExtensions
{
    public static WebApplicationBuilder AddCoachHub(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = 64 * 1024);
        builder.Services.AddSingleton<SuggestionRelay>();
        return builder;
    }

    public static WebApplication MapCoachHub(this WebApplication app)
    {
        app.MapHub<CoachHub>("/hubs/coach");
        return app;
    }
}
