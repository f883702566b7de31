using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Coach.Analysis.Storage;

/// <summary>
/// For <c>dotnet ef migrations add NAME --context SqliteCoachDbContext --output-dir Storage/Migrations/Sqlite</c>
/// (and the same for PostgresCoachDbContext): the tool needs a context without the host. The connection
/// strings are never opened when generating migrations.
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCoachDbContext>
{
    public SqliteCoachDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCoachDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCoachDbContext>
{
    public PostgresCoachDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCoachDbContext>().UseNpgsql("Host=localhost;Database=coach").Options);
}
