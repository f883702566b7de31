using System.Text.Json;
using System.Threading.Channels;
using Coach.Analysis.Calls;
using Coach.Analysis.Suggestions;
using Microsoft.EntityFrameworkCore;

namespace Coach.Analysis.Storage;

/// <summary>Writes calls and lines as they happen and reads them back after a restart.</summary>
public sealed class CallStore(IDbContextFactory<CoachDbContext> contexts)
{
    private const int MaxBatch = 512;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private int _writerStarted;

    /// <summary>Stores a new call or its end, through the same single writer as the lines.</summary>
    public Task SaveCallAsync(CallSession call, CancellationToken ct)
    {
        var (id, owner, team, title, lang, started, ended) = (call.Id, call.Owner, call.Team, call.Title, call.Lang, call.StartedAt, call.EndedAt);
        return EnqueueAsync(async db =>
        {
            var record = await db.Calls.FindAsync(id);
            if (record is null)
            {
                db.Calls.Add(new CallRecord { Id = id, Owner = owner, Team = team, Title = title, Lang = lang, StartedAt = started, EndedAt = ended });
            }
            else
            {
                record.Lang ??= lang;
                record.EndedAt = ended;
            }
        }, ct);
    }

    /// <summary>
    /// Stores one line; returns only once it is committed, so an acknowledged line survives a crash.
    /// Lines from all calls go through one writer that commits whatever has queued up in a single
    /// transaction (group commit): SQLite takes one writer at a time, and one transaction per line
    /// would make concurrent calls queue on its lock.
    /// </summary>
    public Task SaveLineAsync(string callId, string? lang, CallLine line, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var record = new UtteranceRecord
        {
            CallId = callId, Seq = line.Seq, Speaker = line.Speaker, Name = line.Name, Text = line.Text, StartMs = line.StartMs,
            LabelsJson = JsonSerializer.Serialize(line.Labels, Json),
            SuggestionsJson = JsonSerializer.Serialize(line.Suggestions, Json),
            ReceivedAt = receivedAt,
        };
        return EnqueueAsync(async db =>
        {
            db.Utterances.Add(record);
            if (lang is not null && await db.Calls.FindAsync(callId) is { Lang: null } call)
            {
                call.Lang = lang;
            }
        }, ct);
    }

    /// <summary>Replaces a stored line's suggestions (a rewrite arrived after the line was stored).</summary>
    public Task SaveSuggestionsAsync(string callId, int seq, IReadOnlyList<Suggestion> suggestions, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(suggestions, Json);
        return EnqueueAsync(async db =>
        {
            if (await db.Utterances.FindAsync(callId, seq) is { } line)
            {
                line.SuggestionsJson = json;
            }
        }, ct);
    }

    private Task EnqueueAsync(Func<CoachDbContext, Task> apply, CancellationToken ct)
    {
        var pending = new PendingWrite(apply);
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The call store is shutting down.");
        }

        EnsureWriter();
        return pending.Committed.Task.WaitAsync(ct);
    }

    private void EnsureWriter()
    {
        if (Interlocked.CompareExchange(ref _writerStarted, 1, 0) == 0)
        {
            _ = Task.Run(WriteLoopAsync);
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                await using var db = await contexts.CreateDbContextAsync();
                foreach (var write in batch)
                {
                    await write.Apply(db);
                }

                await db.SaveChangesAsync();
                batch.ForEach(p => p.Committed.TrySetResult());
            }
            catch (Exception ex)
            {
                batch.ForEach(p => p.Committed.TrySetException(ex));
            }
        }
    }

    private sealed record PendingWrite(Func<CoachDbContext, Task> Apply)
    {
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
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

    /// <summary>Calls newest first, narrowed to an owner and/or a team (null: any).</summary>
    public async Task<IReadOnlyList<CallSummary>> ListAsync(CallQuery query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var calls = db.Calls.AsNoTracking();
        if (query.Owner is not null)
        {
            calls = calls.Where(c => c.Owner == query.Owner);
        }

        if (query.Team is not null)
        {
            calls = calls.Where(c => c.Team == query.Team || c.Owner == query.OrOwner);
        }

        if (query.Before is { } before)
        {
            calls = calls.Where(c => c.StartedAt < before);
        }

        return await calls.OrderByDescending(c => c.StartedAt).Take(query.Take)
            .Select(c => new CallSummary(c.Id, c.Owner, c.Team, c.Title, c.Lang, c.StartedAt, c.EndedAt, c.Utterances.Count))
            .ToListAsync(ct);
    }

    private static CallLine ToLine(UtteranceRecord u) => new(u.Seq, u.Speaker, u.Name, u.Text, u.StartMs,
        JsonSerializer.Deserialize<Dictionary<string, string>>(u.LabelsJson, Json) ?? [],
        JsonSerializer.Deserialize<List<Suggestion>>(u.SuggestionsJson, Json) ?? []);
}
