using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Coach.Api.Infrastructure;

/// <summary>
/// Tells a database that cannot be reached (stopped, restarting, cut off, too busy) from a bug: the first is worth a
/// retry and answers 503, the second is a 500. EF Core wraps the driver's exception (DbUpdateException,
/// InvalidOperationException), so the whole chain is read.
/// </summary>
public static class DatabaseFailures
{
    public static bool IsUnreachable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // 08: connection exceptions; 57P01-03: the server is shutting down or starting up; 53: out of resources.
                case PostgresException pg:
                    return pg.IsTransient || pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03";
                case NpgsqlException { IsTransient: true }:
                    return true;
                // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_CANTOPEN: the file is held or gone, not a bad statement.
                case SqliteException { SqliteErrorCode: 5 or 6 or 10 or 14 }:
                    return true;
                case SocketException or TimeoutException or IOException:
                    return true;
            }
        }

        return false;
    }
}
