using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Coach.Analysis.Storage;

/// <summary>
/// Sets <c>synchronous=NORMAL</c> on every SQLite connection (a per-connection setting). With the WAL
/// journal a commit then reaches the operating system without waiting for the disk: a killed process
/// loses nothing committed; only a power cut could lose the last commits. Waiting on the disk at each
/// commit is what made a busy sales floor's lines queue.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }
}
