using System.Net.Http.Json;
using System.Text.Json;
using Coach.Analysis.Storage;
using Microsoft.EntityFrameworkCore;

namespace Coach.Resilience.Dependencies;

/// <summary>The lines of each call (seq and how many suggestions), as one source holds them: the database, or the API.</summary>
public sealed class StoredCalls
{
    private readonly Dictionary<string, List<(int Seq, int Advice)>> _lines = [];

    public required string Source { get; init; }

    public required IReadOnlySet<string> Watched { get; init; }

    public IReadOnlyList<int> Seqs(string callId) => _lines.TryGetValue(callId, out var l) ? [.. l.Select(x => x.Seq)] : [];

    public int AdviceCount(string callId, int seq) =>
        _lines.TryGetValue(callId, out var l) ? l.Where(x => x.Seq == seq).Select(x => x.Advice).FirstOrDefault() : 0;

    /// <summary>Straight from PostgreSQL's table of lines: what survives any instance.</summary>
    public static async Task<StoredCalls> ReadDatabaseAsync(string connectionString, IReadOnlyList<string> callIds, IReadOnlySet<string> watched,
        CancellationToken ct)
    {
        await using var db = new PostgresCoachDbContext(new DbContextOptionsBuilder<PostgresCoachDbContext>().UseNpgsql(connectionString).Options);
        var rows = await db.Utterances.AsNoTracking().Where(u => callIds.Contains(u.CallId))
            .Select(u => new { u.CallId, u.Seq, u.SuggestionsJson }).ToListAsync(ct);
        var stored = new StoredCalls { Source = "database", Watched = watched };
        foreach (var row in rows)
        {
            if (!stored._lines.TryGetValue(row.CallId, out var lines))
            {
                stored._lines[row.CallId] = lines = [];
            }

            lines.Add((row.Seq, JsonDocument.Parse(row.SuggestionsJson).RootElement.GetArrayLength()));
        }

        return stored;
    }

    /// <summary>Through <c>GET /api/calls/{id}</c> on the instance that ran the call, as a client reads it.</summary>
    public static async Task<StoredCalls> ReadApiAsync(IEnumerable<(string CallId, string ReadFrom)> calls, string key, IReadOnlySet<string> watched,
        CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var stored = new StoredCalls { Source = "GET /api/calls/{id}", Watched = watched };
        foreach (var (callId, readFrom) in calls)
        {
            var call = await http.GetFromJsonAsync<JsonElement>($"{readFrom}/api/calls/{callId}", ct);
            stored._lines[callId] = [.. call.GetProperty("utterances").EnumerateArray()
                .Select(u => (u.GetProperty("seq").GetInt32(), u.GetProperty("suggestions").GetArrayLength()))];
        }

        return stored;
    }
}
