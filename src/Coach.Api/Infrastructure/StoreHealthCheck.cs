using Coach.Analysis.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coach.Api.Infrastructure;

/// <summary>
/// Healthy when the database answers a query; Unhealthy when it does not, since no line can then be stored (and
/// /health answers 503, so a load balancer takes the instance out until the database is back).
/// </summary>
public sealed class StoreHealthCheck(IDbContextFactory<CoachDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var name = "the database";
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            name = db.Database.IsSqlite() ? "SQLite" : "PostgreSQL";

            // A round trip, not CanConnect: a pooled connection "opens" without asking the server.
            await db.Database.ExecuteSqlRawAsync("SELECT 1", cancellationToken);
            return HealthCheckResult.Healthy($"{name} answers");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus,
                $"{name} is unreachable ({Reason(ex)}): lines cannot be stored", ex);
        }
    }

    /// <summary>The driver's own message (the first Npgsql exception, else the innermost), not EF Core's wrapper.</summary>
    private static string Reason(Exception ex)
    {
        var shown = ex;
        for (var e = (Exception?)ex; e is not null; e = e.InnerException)
        {
            shown = e;
            if (e is Npgsql.NpgsqlException)
            {
                break;
            }
        }

        var message = shown.Message.ReplaceLineEndings(" ");
        return message.Length > 160 ? message[..160] + "…" : message;
    }
}
