using Microsoft.EntityFrameworkCore;

namespace Coach.Analysis.Storage;

/// <summary>Hands out the configured database's context as the common <see cref="CoachDbContext"/>.</summary>
public sealed class CoachDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<CoachDbContext>
    where TContext : CoachDbContext
{
    public CoachDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<CoachDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
