using Microsoft.EntityFrameworkCore;

namespace Coach.Analysis.Storage;

/// <summary>
/// Calls, their lines, labels and advice, and the people who sign in. Each database has a context type
/// of its own (<see cref="SqliteCoachDbContext"/>, <see cref="PostgresCoachDbContext"/>) because EF Core keeps
/// one set of migrations per context type, and the two databases' migrations differ in column types.
/// </summary>
public abstract class CoachDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<CallRecord> Calls => Set<CallRecord>();

    public DbSet<UtteranceRecord> Utterances => Set<UtteranceRecord>();

    public DbSet<UserRecord> Users => Set<UserRecord>();

    public DbSet<CommentRecord> Comments => Set<CommentRecord>();

    public DbSet<CorrectionRecord> Corrections => Set<CorrectionRecord>();

    public DbSet<FeedbackRecord> Feedback => Set<FeedbackRecord>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<CallRecord>(call =>
        {
            call.HasKey(c => c.Id);
            call.Property(c => c.Id).HasMaxLength(64);
            call.Property(c => c.Owner).HasMaxLength(200);
            call.Property(c => c.Title).HasMaxLength(200);
            call.Property(c => c.Lang).HasMaxLength(8);
            call.Property(c => c.Team).HasMaxLength(64);
            call.Property(c => c.Source).HasMaxLength(16);
            call.HasIndex(c => c.Owner);
            call.HasIndex(c => c.Team);
            call.HasIndex(c => c.StartedAt);
            call.HasMany(c => c.Utterances).WithOne().HasForeignKey(u => u.CallId);
        });
        model.Entity<UtteranceRecord>(line =>
        {
            line.HasKey(u => new { u.CallId, u.Seq });
            line.Property(u => u.Speaker).HasMaxLength(16);
            line.Property(u => u.Name).HasMaxLength(200);
        });

        model.Entity<CommentRecord>(comment =>
        {
            comment.HasKey(c => c.Id);
            comment.Property(c => c.CallId).HasMaxLength(64);
            comment.Property(c => c.Author).HasMaxLength(200);
            comment.Property(c => c.Text).HasMaxLength(2000);
            comment.HasIndex(c => new { c.CallId, c.Seq });
            comment.HasOne<CallRecord>().WithMany().HasForeignKey(c => c.CallId);
        });
        model.Entity<CorrectionRecord>(correction =>
        {
            correction.HasKey(c => c.Id);
            correction.Property(c => c.CallId).HasMaxLength(64);
            correction.Property(c => c.Task).HasMaxLength(16);
            correction.Property(c => c.Label).HasMaxLength(32);
            correction.Property(c => c.Previous).HasMaxLength(32);
            correction.Property(c => c.Author).HasMaxLength(200);
            correction.HasIndex(c => new { c.CallId, c.Seq });
            correction.HasIndex(c => c.CreatedAt);
            correction.HasOne<CallRecord>().WithMany().HasForeignKey(c => c.CallId);
        });
        model.Entity<FeedbackRecord>(feedback =>
        {
            feedback.HasKey(f => f.Id);
            feedback.Property(f => f.CallId).HasMaxLength(64);
            feedback.Property(f => f.SuggestionId).HasMaxLength(200);
            feedback.Property(f => f.Kind).HasMaxLength(32);
            feedback.Property(f => f.Snippets).HasMaxLength(1000);
            feedback.Property(f => f.Verdict).HasMaxLength(16);
            feedback.Property(f => f.Author).HasMaxLength(200);
            feedback.HasIndex(f => new { f.CallId, f.SuggestionId, f.Author }).IsUnique();
            feedback.HasIndex(f => f.CreatedAt);
            feedback.HasOne<CallRecord>().WithMany().HasForeignKey(f => f.CallId);
        });
        model.Entity<UserRecord>(user =>
        {
            user.HasKey(u => u.UserName);
            user.Property(u => u.UserName).HasMaxLength(64);
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.Role).HasMaxLength(16);
            user.Property(u => u.Team).HasMaxLength(64);
            user.Property(u => u.PasswordHash).HasMaxLength(512);
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

public sealed class SqliteCoachDbContext(DbContextOptions<SqliteCoachDbContext> options) : CoachDbContext(options);

public sealed class PostgresCoachDbContext(DbContextOptions<PostgresCoachDbContext> options) : CoachDbContext(options);
