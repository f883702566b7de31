using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coach.Api.Hubs;

/// <summary>
/// Degraded, not Unhealthy, while Redis is unreachable: calls go on and each rep still gets their own labels and
/// advice; only coaches watching from another instance miss lines until it is back.
/// </summary>
public sealed class BackplaneHealthCheck(BackplaneStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status switch
        {
            { IsConnected: true } => HealthCheckResult.Healthy("Redis connected: calls' streams reach every instance"),
            { Redis: null } => HealthCheckResult.Degraded("Redis not connected yet: coaches see only calls on this instance"),
            _ => HealthCheckResult.Degraded(
                "Redis is unreachable: reps still get their labels and advice, coaches watching from other instances miss lines until it is back"),
        });
}
