using Coach.Analysis.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Coach.Api.Infrastructure;

public static class StorageExtensions
{
    /// <summary>
    /// EF Core: PostgreSQL when <c>ConnectionStrings:Coach</c> names one (Host=...), otherwise SQLite in a
    /// file under the content root (<c>App_Data/coach.db</c>, created on first run).
    /// </summary>
    public static WebApplicationBuilder AddCoachStorage(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration.GetConnectionString("Coach");
        if (!string.IsNullOrWhiteSpace(configured) && configured.Contains("Host=", StringComparison.OrdinalIgnoreCase))
        {
            // No retries (a client resends a line it has no ack for), and no wrapping: Npgsql's default strategy turns a
            // dropped connection into an InvalidOperationException, the type the domain uses for "this call has ended".
            builder.Services.AddDbContextFactory<PostgresCoachDbContext>(o => o.UseNpgsql(configured,
                npgsql => npgsql.ExecutionStrategy(dependencies => new NonRetryingExecutionStrategy(dependencies))));
            builder.Services.AddSingleton<IDbContextFactory<CoachDbContext>, CoachDbContextFactory<PostgresCoachDbContext>>();
        }
        else
        {
            var connection = configured;
            if (string.IsNullOrWhiteSpace(connection))
            {
                var folder = Path.Combine(builder.Environment.ContentRootPath, "App_Data");
                Directory.CreateDirectory(folder);
                connection = $"Data Source={Path.Combine(folder, "coach.db")}";
            }

            builder.Services.AddDbContextFactory<SqliteCoachDbContext>(o => o.UseSqlite(connection).AddInterceptors(new SqlitePragmas()));
            builder.Services.AddSingleton<IDbContextFactory<CoachDbContext>, CoachDbContextFactory<SqliteCoachDbContext>>();
        }

        builder.Services.AddSingleton<CallStore>();
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", timeout: TimeSpan.FromSeconds(5));
        return builder;
    }

    /// <summary>Creates the database on first run and applies any migrations it lacks.</summary>
    public static async Task<WebApplication> EnsureCoachStorageAsync(this WebApplication app)
    {
        await PrepareDatabaseAsync(app.Services.GetRequiredService<IDbContextFactory<CoachDbContext>>(), CancellationToken.None);
        return app;
    }

    public static async Task PrepareDatabaseAsync(IDbContextFactory<CoachDbContext> contexts, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL: readers do not block the writer; a committed line survives a killed process.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
