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
    private readonly CallState _state = new();
    private readonly SuggestionCooldown _cooldown = new(advice);

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
            var decidedLang = Lang is null ? analysis.Lang : null;
            Lang ??= analysis.Lang;
            var labeled = new LabeledLine(seq, speaker, text, analysis.Labels);
            var missed = _state.Apply(labeled);
            // The time into the call: the sender's own timing when it gives one, else when the line arrived.
            var at = startMs is { } ms ? TimeSpan.FromMilliseconds(ms) : (time ?? TimeProvider.System).GetUtcNow() - StartedAt;
            var advice = await engine.SuggestAsync(_state, labeled, missed, Lang, _cooldown, ct, at);
            var line = new CallLine(seq, speaker.ToName(), name, text, startMs, analysis.Labels, advice,
                redactor?.KeepOriginal == true && original != text ? original : null);
            if (store is not null)
            {
                // The call's language is written once, with the line that decided it.
                await store.SaveLineAsync(Id, decidedLang, line, (time ?? TimeProvider.System).GetUtcNow(), ct);
            }

            lock (_lines)
            {
                _lines[seq] = line;
            }

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

    /// <summary>Rebuilds the call from stored lines after a restart (labels are not recomputed).</summary>
    internal void Restore(IReadOnlyList<CallLine> lines, DateTimeOffset? endedAt, string tags)
    {
        foreach (var line in lines.OrderBy(l => l.Seq))
        {
            _state.Apply(line.ToLabeled());
            foreach (var advice in line.Suggestions)
            {
                _cooldown.TryUse(advice.Kind, advice.Situations[0], line.Seq,
                    line.StartMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null);
            }

            lock (_lines)
            {
                _lines[line.Seq] = line;
            }
        }

        EndedAt = endedAt;
        Tags = tags;
    }
}
