using Serilog;

namespace Coach.Api.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>Serilog for the host: levels and sinks from the <c>Serilog</c> configuration section.</summary>
    public static WebApplicationBuilder AddCoachLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
