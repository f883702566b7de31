using Microsoft.EntityFrameworkCore;

namespace Coach.Analysis.Storage;

/// <summary>Calls, their lines, labels and advice: SQLite by default, PostgreSQL when configured.</summary>
public sealed class CoachDbContext(DbContextOptions<CoachDbContext> options) : DbContext(options)
{
    public DbSet<CallRecord> Calls => Set<CallRecord>();

    public DbSet<UtteranceRecord> Utterances => Set<UtteranceRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<CallRecord>(call =>
        {
            call.HasKey(c => c.Id);
            call.Property(c => c.Id).HasMaxLength(64);
            call.Property(c => c.Owner).HasMaxLength(200);
            call.Property(c => c.Title).HasMaxLength(200);
            call.Property(c => c.Lang).HasMaxLength(8);
            call.HasIndex(c => c.Owner);
            call.HasIndex(c => c.StartedAt);
            call.HasMany(c => c.Utterances).WithOne().HasForeignKey(u => u.CallId);
        });
        model.Entity<UtteranceRecord>(line =>
        {
            line.HasKey(u => new { u.CallId, u.Seq });
            line.Property(u => u.Speaker).HasMaxLength(16);
            line.Property(u => u.Name).HasMaxLength(200);
        });

        if (Database.IsSqlite())
        {
            // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks.
            foreach (var entity in model.Model.GetEntityTypes())
            {
                foreach (var property in entity.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
                {
                    property.SetValueConverter(new Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter());
                }
            }
        }
    }
}
