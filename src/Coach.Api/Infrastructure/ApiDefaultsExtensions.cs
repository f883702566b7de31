using System.Text.Json;
using Coach.Analysis.Classification;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Serilog;

namespace Coach.Api.Infrastructure;

public static class ApiDefaultsExtensions
{
    public static WebApplicationBuilder AddCoachApiDefaults(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddHealthChecks()
            .AddCheck("models", () => HealthCheckResult.Healthy($"{ClassifierTask.All.Count} models loaded"))
            .AddCheck<PlaybookHealthCheck>("playbook");
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase);
        return builder;
    }

    public static WebApplication UseCoachApiDefaults(this WebApplication app)
    {
        app.UseSerilogRequestLogging();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>
    /// <c>GET /health</c>: each check's status and description (models, playbook, store, and backplane when Redis is
    /// configured). 200 when every check is Healthy or Degraded (a fallback serves), 503 when one is Unhealthy.
    /// </summary>
    public static WebApplication MapCoachHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = async (context, report) =>
            {
                context.Response.ContentType = "application/json";
                await JsonSerializer.SerializeAsync(context.Response.Body, new
                {
                    status = report.Status.ToString(),
                    checks = report.Entries.ToDictionary(e => e.Key, e => new
                    {
                        status = e.Value.Status.ToString(),
                        description = e.Value.Description,
                    }),
                });
            },
        });
        return app;
    }
}
