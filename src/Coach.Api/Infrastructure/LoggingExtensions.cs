using Serilog;

namespace Coach.Api.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>Serilog for the host: levels and sinks from the <c>Serilog</c> configuration section.</summary>
    public static WebApplicationBuilder AddCoachLogging(this WebApplicationBuilder builder)
    {
        // preserveStaticLogger: the host gets its own logger instead of freezing the static bootstrap
        // logger, which can be frozen only once per process (several hosts run in one test process).
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(), preserveStaticLogger: true);
        return builder;
    }
}
