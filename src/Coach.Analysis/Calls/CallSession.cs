using Coach.Analysis.Classification;
using Coach.Analysis.Suggestions;

namespace Coach.Analysis.Calls;

/// <summary>
/// One live call: its lines by the sender's seq, its state and its advice cool-down. Lines are
/// applied one at a time under the call's own lock; a seq seen before returns the stored result
/// (a client that reconnects resends what it has no ack for).
/// </summary>
public sealed class CallSession(string id, string owner, string? team, string? title, string? lang, DateTimeOffset startedAt, SuggestionOptions advice,
    Storage.CallStore? store = null, TimeProvider? time = null, string source = CallSources.Live, Privacy.Redactor? redactor = null)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SortedDictionary<int, CallLine> _lines = [];
    private CallState _state = new();
    private SuggestionCooldown _cooldown = new(advice);

    public string Id { get; } = id;

    /// <summary>The user who started the call (the rep, or the machine client's name).</summary>
    public string Owner { get; } = owner;

    /// <summary>The owner's team when the call started: the coaches of this team may see it.</summary>
    public string? Team { get; } = team;

    public string? Title { get; } = title;

    /// <summary>live or import.</summary>
    public string Source { get; } = source;

    /// <summary>The call's search tags (<see cref="CallTags"/>), set when it ends.</summary>
    public string Tags { get; private set; } = " ";

    /// <summary>zh or en; "auto" or unset until the first line decides.</summary>
    public string? Lang { get; private set; } = lang is "zh" or "en" ? lang : null;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsEnded => EndedAt is not null;

    /// <summary>When a line last arrived (or the call started): idle calls are let go from memory.</summary>
    public DateTimeOffset LastActivity { get; private set; } = startedAt;

    public IReadOnlyList<CallLine> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines.Values];
            }
        }
    }

    /// <summary>Labels and advises a new line, or returns the stored one for a repeated seq.</summary>
    public async Task<(CallLine Line, bool Repeated)> AddAsync(int seq, Speaker speaker, string text, string? name, long? startMs,
        UtteranceClassifier classifier, SuggestionEngine engine, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_lines.TryGetValue(seq, out var existing))
            {
                return (existing, true);
            }

            if (IsEnded)
            {
                throw new InvalidOperationException($"Call {Id} has ended.");
            }

            LastActivity = (time ?? TimeProvider.System).GetUtcNow();

            // Personal data is masked before the line is labeled, stored, logged or sent anywhere.
            var original = text;
            if (redactor?.Redact(text) is { Changed: true } masked)
            {
                text = masked.Text;
            }

            var analysis = classifier.Classify(text, speaker, Lang);
            var langBefore = Lang;
            var decidedLang = Lang is null ? analysis.Lang : null;
            Lang ??= analysis.Lang;
            var labeled = new LabeledLine(seq, speaker, text, analysis.Labels);
            CallLine line;

            // From here the call's state changes, so the work runs to the end whatever the sender does: a sender
            // that loses its connection resends the line and must find it either stored and applied, or neither.
            try
            {
                var missed = _state.Apply(labeled);
                // The time into the call: the sender's own timing when it gives one, else when the line arrived.
                var at = startMs is { } ms ? TimeSpan.FromMilliseconds(ms) : (time ?? TimeProvider.System).GetUtcNow() - StartedAt;
                var advice = await engine.SuggestAsync(_state, labeled, missed, Lang, _cooldown, CancellationToken.None, at);
                line = new CallLine(seq, speaker.ToName(), name, text, startMs, analysis.Labels, advice,
                    redactor?.KeepOriginal == true && original != text ? original : null);
                if (store is not null)
                {
                    // The call's language is written once, with the line that decided it.
                    await store.SaveLineAsync(Id, decidedLang, line, (time ?? TimeProvider.System).GetUtcNow(), CancellationToken.None);
                }
            }
            catch (Exception ex)
            {
                Lang = langBefore;
                // Another instance may have stored this seq: it held the call before the sender's reconnect moved here.
                if (await TryLoadStoredLineAsync(seq) is { } stored)
                {
                    Keep(stored);
                    Rebuild();
                    return (stored, true);
                }

                Rebuild();
                throw store is null ? ex : new LineNotStoredException(Id, seq, ex);
            }

            Keep(line);
            return (line, false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Keeps a suggestion's rewrite with its line (in memory and in the store), for review after the call.</summary>
    public async Task RecordRewriteAsync(int seq, string suggestionId, string rewrite, CancellationToken ct)
    {
        CallLine? updated = null;
        lock (_lines)
        {
            if (_lines.TryGetValue(seq, out var line) && line.Suggestions.Any(s => s.Id == suggestionId))
            {
                updated = line with { Suggestions = [.. line.Suggestions.Select(s => s.Id == suggestionId ? s with { Rewrite = rewrite } : s)] };
                _lines[seq] = updated;
            }
        }

        if (updated is not null && store is not null)
        {
            await store.SaveSuggestionsAsync(Id, seq, updated.Suggestions, ct);
        }
    }

    /// <summary>The scorecard of the lines so far.</summary>
    public async Task<Scorecard> ScorecardAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return Calls.Scorecard.From(_state, Lines);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<Scorecard> EndAsync(DateTimeOffset at, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            EndedAt ??= at;
            Tags = CallTags.From(Lines.Select(l => l.ToLabeled()), _state);
            if (store is not null)
            {
                await store.SaveCallAsync(this, ct);
            }

            return Calls.Scorecard.From(_state, Lines);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Takes in the lines another instance stored for this call while this instance held an older copy (a sender
    /// who reconnected elsewhere and back, or a coach's view of a call running on another instance).
    /// </summary>
    public async Task CatchUpAsync(CancellationToken ct)
    {
        if (store is null)
        {
            return;
        }

        await _gate.WaitAsync(ct);
        try
        {
            if (await store.LoadAsync(Id, ct) is not { } stored)
            {
                return;
            }

            var added = false;
            foreach (var line in stored.Lines)
            {
                lock (_lines)
                {
                    added |= _lines.TryAdd(line.Seq, line);
                }
            }

            if (added)
            {
                Rebuild();
            }

            Lang ??= stored.Call.Lang;
            EndedAt ??= stored.Call.EndedAt;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Rebuilds the call from stored lines after a restart (labels are not recomputed).</summary>
    internal void Restore(IReadOnlyList<CallLine> lines, DateTimeOffset? endedAt, string tags)
    {
        lock (_lines)
        {
            foreach (var line in lines)
            {
                _lines[line.Seq] = line;
            }
        }

        Rebuild();
        EndedAt = endedAt;
        Tags = tags;
    }

    private void Keep(CallLine line)
    {
        lock (_lines)
        {
            _lines[line.Seq] = line;
        }
    }

    /// <summary>The state and advice cool-down replayed from the kept lines, in seq order (labels are not recomputed).</summary>
    private void Rebuild()
    {
        var state = new CallState();
        var cooldown = new SuggestionCooldown(advice);
        foreach (var line in Lines)
        {
            state.Apply(line.ToLabeled());
            foreach (var given in line.Suggestions)
            {
                cooldown.TryUse(given.Kind, given.Situations[0], line.Seq, line.StartMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null);
            }
        }

        _state = state;
        _cooldown = cooldown;
    }

    private async Task<CallLine?> TryLoadStoredLineAsync(int seq)
    {
        if (store is null)
        {
            return null;
        }

        try
        {
            return await store.LoadLineAsync(Id, seq, CancellationToken.None);
        }
        catch (Exception)
        {
            // The store is failing as a whole: the line is not there, as far as anyone can tell.
            return null;
        }
    }
}
