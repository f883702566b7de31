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

    /// <summary>Stores a call that has just started (no read first: the writer takes no round trip for it).</summary>
    public Task AddCallAsync(CallSession call, CancellationToken ct)
    {
        var fresh = NewRecord(call);
        return EnqueueAsync(db =>
        {
            db.Calls.Add(fresh);
            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>Stores a new call or its end, through the same single writer as the lines.</summary>
    public Task SaveCallAsync(CallSession call, CancellationToken ct)
    {
        var fresh = NewRecord(call);
        return EnqueueAsync(async db =>
        {
            var record = await db.Calls.FindAsync(fresh.Id);
            if (record is null)
            {
                db.Calls.Add(fresh);
            }
            else
            {
                record.Lang ??= fresh.Lang;
                record.EndedAt = fresh.EndedAt;
                record.Tags = fresh.Tags;
            }
        }, ct);
    }

    /// <summary>Stores a whole call (an imported transcript) and all its lines in one transaction: all or nothing.</summary>
    public Task SaveWholeCallAsync(CallSession call, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var record = NewRecord(call);
        var lines = call.Lines.Select(l => ToRecord(call.Id, l, receivedAt)).ToList();
        return EnqueueAsync(db =>
        {
            db.Calls.Add(record);
            db.Utterances.AddRange(lines);
            return Task.CompletedTask;
        }, ct, alone: true);
    }

    /// <summary>Replaces a call's search tags (after a correction changed its labels).</summary>
    public Task SaveTagsAsync(string callId, string tags, CancellationToken ct) => EnqueueAsync(async db =>
    {
        if (await db.Calls.FindAsync(callId) is { } call)
        {
            call.Tags = tags;
        }
    }, ct);

    public async Task<CommentRecord> AddCommentAsync(CommentRecord comment, CancellationToken ct)
    {
        await EnqueueAsync(db =>
        {
            db.Comments.Add(comment);
            return Task.CompletedTask;
        }, ct);
        return comment;
    }

    /// <summary>Stores a line's corrections (one per task) together.</summary>
    public Task AddCorrectionsAsync(IReadOnlyList<CorrectionRecord> corrections, CancellationToken ct) => EnqueueAsync(db =>
    {
        db.Corrections.AddRange(corrections);
        return Task.CompletedTask;
    }, ct);

    public async Task<CallNotes> LoadNotesAsync(string callId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var comments = await db.Comments.AsNoTracking().Where(c => c.CallId == callId).OrderBy(c => c.Id).ToListAsync(ct);
        var corrections = await db.Corrections.AsNoTracking().Where(c => c.CallId == callId).OrderBy(c => c.Id).ToListAsync(ct);
        var feedback = await db.Feedback.AsNoTracking().Where(f => f.CallId == callId).OrderBy(f => f.Id).ToListAsync(ct);
        return new CallNotes(comments, corrections, feedback);
    }

    /// <summary>Stores a rep's verdict on a suggestion, replacing their earlier one.</summary>
    public Task SaveFeedbackAsync(FeedbackRecord feedback, CancellationToken ct) => EnqueueAsync(async db =>
    {
        var earlier = await db.Feedback.FirstOrDefaultAsync(f =>
            f.CallId == feedback.CallId && f.SuggestionId == feedback.SuggestionId && f.Author == feedback.Author);
        if (earlier is null)
        {
            db.Feedback.Add(feedback);
        }
        else
        {
            earlier.Verdict = feedback.Verdict;
            earlier.CreatedAt = feedback.CreatedAt;
        }
    }, ct);

    /// <summary>
    /// Suggestions given and the reps' verdicts, by kind and by playbook snippet, for calls started in
    /// [<paramref name="from"/>, <paramref name="to"/>).
    /// </summary>
    public async Task<FeedbackReport> FeedbackReportAsync(DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var calls = db.Calls.AsNoTracking();
        if (from is { } f)
        {
            calls = calls.Where(c => c.StartedAt >= f);
        }

        if (to is { } t)
        {
            calls = calls.Where(c => c.StartedAt < t);
        }

        var ids = calls.Select(c => c.Id);
        var given = await db.Utterances.AsNoTracking().Where(u => ids.Contains(u.CallId) && u.SuggestionsJson != "[]")
            .Select(u => u.SuggestionsJson).ToListAsync(ct);
        var verdicts = await db.Feedback.AsNoTracking().Where(v => ids.Contains(v.CallId)).ToListAsync(ct);
        var suggestions = given.SelectMany(j => JsonSerializer.Deserialize<List<Suggestion>>(j, Json) ?? []).ToList();
        return FeedbackReport.From(suggestions, verdicts);
    }

    /// <summary>Every corrected line with its text, newest correction per task winning, oldest line first.</summary>
    public async Task<IReadOnlyList<(UtteranceRecord Line, string? Lang, IReadOnlyList<CorrectionRecord> Corrections)>> LoadCorrectedLinesAsync(
        DateTimeOffset? since, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var corrections = db.Corrections.AsNoTracking();
        if (since is { } from)
        {
            corrections = corrections.Where(c => c.CreatedAt >= from);
        }

        var all = await corrections.OrderBy(c => c.Id).ToListAsync(ct);
        // Two reads for all corrected lines (their calls' lines, their calls' languages) rather than two per line.
        var callIds = all.Select(c => c.CallId).Distinct().ToList();
        var corrected = all.Select(c => (c.CallId, c.Seq)).ToHashSet();
        var lines = (await db.Utterances.AsNoTracking().Where(u => callIds.Contains(u.CallId)).ToListAsync(ct))
            .Where(u => corrected.Contains((u.CallId, u.Seq)))
            .ToDictionary(u => (u.CallId, u.Seq));
        var langs = await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Lang, ct);
        var result = new List<(UtteranceRecord, string?, IReadOnlyList<CorrectionRecord>)>();
        foreach (var group in all.GroupBy(c => (c.CallId, c.Seq)))
        {
            if (lines.TryGetValue(group.Key, out var line))
            {
                result.Add((line, langs.GetValueOrDefault(group.Key.CallId), group.ToList()));
            }
        }

        return result;
    }

    /// <summary>
    /// Stores one line; returns only once it is committed, so an acknowledged line survives a crash.
    /// Lines from all calls go through one writer that commits whatever has queued up in a single
    /// transaction (group commit): SQLite takes one writer at a time, and one transaction per line
    /// would make concurrent calls queue on its lock.
    /// </summary>
    public Task SaveLineAsync(string callId, string? lang, CallLine line, DateTimeOffset receivedAt, CancellationToken ct)
    {
        var record = ToRecord(callId, line, receivedAt);
        return EnqueueAsync(db =>
        {
            db.Utterances.Add(record);
            if (lang is not null)
            {
                // An UPDATE batched with the inserts rather than a read first: the single writer must not wait a round
                // trip per call (measured on PostgreSQL: 2,000 calls' first lines put p99 at 0.7 s that way).
                if (Tracked(db, callId) is { } tracked)
                {
                    tracked.Lang ??= lang;
                }
                else
                {
                    var call = new CallRecord { Id = callId, Owner = "", Source = "", Tags = "", Lang = lang };
                    db.Calls.Attach(call).Property(c => c.Lang).IsModified = true;
                }
            }

            return Task.CompletedTask;
        }, ct);
    }

    /// <summary>
    /// The call this batch already tracks (one it added), looked up in the change tracker's identity map without
    /// the full change detection that <c>DbSet.Local</c> runs on every use: done per line of a batch of hundreds,
    /// that detection made the batch quadratic.
    /// </summary>
    private static CallRecord? Tracked(CoachDbContext db, string callId)
    {
        var tracker = db.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.Calls.Local.FindEntry(callId)?.Entity;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
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

    private static CallRecord NewRecord(CallSession call) => new()
    {
        Id = call.Id, Owner = call.Owner, Team = call.Team, Title = call.Title, Lang = call.Lang, Source = call.Source, Tags = call.Tags,
        StartedAt = call.StartedAt, EndedAt = call.EndedAt,
    };

    private static UtteranceRecord ToRecord(string callId, CallLine line, DateTimeOffset receivedAt) => new()
    {
        CallId = callId, Seq = line.Seq, Speaker = line.Speaker, Name = line.Name, Text = line.Text, StartMs = line.StartMs,
        LabelsJson = JsonSerializer.Serialize(line.Labels, Json),
        SuggestionsJson = JsonSerializer.Serialize(line.Suggestions, Json),
        OriginalText = line.OriginalText,
        ReceivedAt = receivedAt,
    };

    /// <param name="alone">Commit this write in a transaction of its own, so its failure (a duplicate id, say) fails no other write.</param>
    private Task EnqueueAsync(Func<CoachDbContext, Task> apply, CancellationToken ct, bool alone = false)
    {
        var pending = new PendingWrite(apply, alone);
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
            while (batch.Count < MaxBatch && _queue.Reader.TryPeek(out var next))
            {
                if (batch.Count > 0 && (next.Alone || batch[0].Alone))
                {
                    break;
                }

                _queue.Reader.TryRead(out _);
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
            catch (DbUpdateException) when (batch.Count > 1)
            {
                // The database answered but refused the batch (a line another instance stored first, say):
                // commit each write alone, so only the write at fault fails.
                foreach (var write in batch)
                {
                    await CommitAloneAsync(write);
                }
            }
            catch (Exception ex)
            {
                batch.ForEach(p => p.Committed.TrySetException(ex));
            }
        }
    }

    private async Task CommitAloneAsync(PendingWrite write)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync();
            await write.Apply(db);
            await db.SaveChangesAsync();
            write.Committed.TrySetResult();
        }
        catch (Exception ex)
        {
            write.Committed.TrySetException(ex);
        }
    }

    private sealed record PendingWrite(Func<CoachDbContext, Task> Apply, bool Alone)
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

    /// <summary>One stored line, or null.</summary>
    public async Task<CallLine?> LoadLineAsync(string callId, int seq, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var line = await db.Utterances.AsNoTracking().FirstOrDefaultAsync(u => u.CallId == callId && u.Seq == seq, ct);
        return line is null ? null : ToLine(line);
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

        if (query.From is { } from)
        {
            calls = calls.Where(c => c.StartedAt >= from);
        }

        if (query.To is { } to)
        {
            calls = calls.Where(c => c.StartedAt < to);
        }

        if (query.Rep is not null)
        {
            calls = calls.Where(c => c.Owner == query.Rep);
        }

        foreach (var tag in query.Tags ?? [])
        {
            var pattern = CallTags.Pattern(tag);
            calls = calls.Where(c => EF.Functions.Like(c.Tags, pattern));
        }

        if (!string.IsNullOrEmpty(query.Text))
        {
            var text = query.Text;
            calls = calls.Where(c => c.Utterances.Any(u => u.Text.Contains(text)));
        }

        var rows = await calls.OrderByDescending(c => c.StartedAt).Take(query.Take)
            .Select(c => new { c.Id, c.Owner, c.Team, c.Title, c.Lang, c.Source, c.StartedAt, c.EndedAt, Lines = c.Utterances.Count, c.Tags })
            .ToListAsync(ct);
        return [.. rows.Select(c => new CallSummary(c.Id, c.Owner, c.Team, c.Title, c.Lang, c.Source, c.StartedAt, c.EndedAt, c.Lines,
            c.Tags.Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
    }

    /// <summary>Stored calls started in [<paramref name="from"/>, <paramref name="to"/>), oldest first, one at a time.</summary>
    public async IAsyncEnumerable<Review.StoredCall> StreamCallsAsync(DateTimeOffset? from, DateTimeOffset? to, int limit,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        List<(string Id, string? Lang, DateTimeOffset StartedAt)> calls;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var query = db.Calls.AsNoTracking();
            if (from is { } f)
            {
                query = query.Where(c => c.StartedAt >= f);
            }

            if (to is { } t)
            {
                query = query.Where(c => c.StartedAt < t);
            }

            calls = [.. (await query.OrderBy(c => c.StartedAt).Take(limit).Select(c => new { c.Id, c.Lang, c.StartedAt }).ToListAsync(ct))
                .Select(c => (c.Id, c.Lang, c.StartedAt))];
        }

        foreach (var (id, lang, startedAt) in calls)
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var records = await db.Utterances.AsNoTracking().Where(u => u.CallId == id).OrderBy(u => u.Seq).ToListAsync(ct);

            // A live line without the sender's timing was paced by when it arrived: replay it at that time.
            yield return new Review.StoredCall(id, lang, [.. records.Select(u => ToLine(u) with
            {
                StartMs = u.StartMs ?? (long)(u.ReceivedAt - startedAt).TotalMilliseconds,
            })]);
        }
    }

    private static CallLine ToLine(UtteranceRecord u) => new(u.Seq, u.Speaker, u.Name, u.Text, u.StartMs,
        JsonSerializer.Deserialize<Dictionary<string, string>>(u.LabelsJson, Json) ?? [],
        JsonSerializer.Deserialize<List<Suggestion>>(u.SuggestionsJson, Json) ?? [],
        u.OriginalText);
}
