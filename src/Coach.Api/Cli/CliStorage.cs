using Coach.Analysis.Storage;
using Coach.Api.Infrastructure;
using Coach.Api.Security;
using Microsoft.EntityFrameworkCore;

namespace Coach.Api.Cli;

/// <summary>The service's storage as configured from the current folder (same settings and connection string), schema up to date.</summary>
internal static class CliStorage
{
    public static async Task<ServiceProvider> OpenAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder();
        builder.AddShippedSettings();
        builder.Logging.ClearProviders();
        builder.AddCoachStorage();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<UserDirectory>();
        var services = builder.Services.BuildServiceProvider();
        await StorageExtensions.PrepareDatabaseAsync(services.GetRequiredService<IDbContextFactory<CoachDbContext>>(), ct);
        return services;
    }
}
