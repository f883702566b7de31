using System.Text.Json;
using Coach.Analysis.Calls;
using Coach.Analysis.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace Coach.Analysis.Storage;

/// <summary>Writes calls and lines as they happen and reads them back after a restart.</summary>
public sealed class CallStore(IDbContextFactory<CoachDbContext> contexts)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SaveCallAsync(CallSession call, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Calls.FindAsync([call.Id], ct);
        if (record is null)
        {
            db.Calls.Add(new CallRecord
            {
                Id = call.Id, Owner = call.Owner, Title = call.Title, Lang = call.Lang, StartedAt = call.StartedAt, EndedAt = call.EndedAt,
            });
        }
        else
        {
            record.Lang = call.Lang;
            record.EndedAt = call.EndedAt;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Stores one line; returns only once it is committed, so an acknowledged line survives a crash.</summary>
    public async Task SaveLineAsync(string callId, string? lang, CallLine line, DateTimeOffset receivedAt, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Utterances.Add(new UtteranceRecord
        {
            CallId = callId, Seq = line.Seq, Speaker = line.Speaker, Name = line.Name, Text = line.Text, StartMs = line.StartMs,
            LabelsJson = JsonSerializer.Serialize(line.Labels, Json),
            SuggestionsJson = JsonSerializer.Serialize(line.Suggestions, Json),
            ReceivedAt = receivedAt,
        });
        if (lang is not null && await db.Calls.FindAsync([callId], ct) is { Lang: null } call)
        {
            call.Lang = lang;
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task<(CallRecord Call, IReadOnlyList<CallLine> Lines)?> LoadAsync(string callId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return null;
        }

        var lines = await db.Utterances.AsNoTracking().Where(u => u.CallId == callId).OrderBy(u => u.Seq).ToListAsync(ct);
        return (call, [.. lines.Select(ToLine)]);
    }

    private static CallLine ToLine(UtteranceRecord u) => new(u.Seq, u.Speaker, u.Name, u.Text, u.StartMs,
        JsonSerializer.Deserialize<Dictionary<string, string>>(u.LabelsJson, Json) ?? [],
        JsonSerializer.Deserialize<List<Suggestion>>(u.SuggestionsJson, Json) ?? []);
}
