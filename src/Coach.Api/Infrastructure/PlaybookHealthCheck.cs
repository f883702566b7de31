using Coach.Analysis.Playbook;
using Coach.Analysis.Playbook.Qdrant;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coach.Api.Infrastructure;

/// <summary>Healthy once the playbook is loaded and indexed; says which index serves searches.</summary>
public sealed class PlaybookHealthCheck(PlaybookStore store, IPlaybookIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(store.Snippets.Count == 0
            ? HealthCheckResult.Unhealthy("The playbook is not loaded.")
            : index is FallbackPlaybookIndex { IsDegraded: true } fallback
                ? HealthCheckResult.Degraded(
                    $"Qdrant is unreachable ({fallback.LastError}); {store.Snippets.Count} snippets served from the in-process index")
                : HealthCheckResult.Healthy($"{store.Snippets.Count} snippets in the {index.Name} index"));
}
