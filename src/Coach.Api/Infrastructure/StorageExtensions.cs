using Coach.Analysis.Storage;
using Microsoft.EntityFrameworkCore;

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
            builder.Services.AddDbContextFactory<CoachDbContext>(o => o.UseNpgsql(configured));
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

            builder.Services.AddDbContextFactory<CoachDbContext>(o => o.UseSqlite(connection).AddInterceptors(new SqlitePragmas()));
        }

        builder.Services.AddSingleton<CallStore>();
        return builder;
    }

    /// <summary>Creates the schema when the database is new.</summary>
    public static async Task<WebApplication> EnsureCoachStorageAsync(this WebApplication app)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<CoachDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.EnsureCreatedAsync();
        if (db.Database.IsSqlite())
        {
            // WAL: readers do not block the writer; a committed line survives a killed process.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        return app;
    }
}
