using Coach.Analysis.Classification;
using Coach.Analysis.Storage;
using Coach.Analysis.Suggestions;
using Coach.Analysis.Transcripts;

namespace Coach.Analysis.Calls;

/// <summary>
/// A finished call's transcript made into a reviewed call: every line labeled and advised exactly as it
/// would have been live (same state, same cool-down), scored, and stored whole in one transaction.
/// </summary>
public sealed class CallImporter(UtteranceClassifier classifier, SuggestionEngine engine, SuggestionOptions options, TimeProvider time,
    CallStore? store = null, Privacy.Redactor? redactor = null)
{
    public async Task<(CallSession Call, Scorecard Scorecard)> ImportAsync(Transcript transcript, string owner, string? team, string? title,
        CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var call = new CallSession(Guid.NewGuid().ToString("N"), owner, team, title ?? transcript.Title, transcript.Lang, now,
            options, store: null, time, CallSources.Import, redactor);
        var seq = 0;
        long next = 0;
        foreach (var line in transcript.Lines)
        {
            // A transcript without times gets them estimated from speaking speed, so advice is paced as it would have been live.
            var startMs = line.StartMs ?? next;
            next = startMs + SpokenMs(line.Text);
            await call.AddAsync(++seq, line.Speaker, line.Text, line.Name, startMs, classifier, engine, ct);
        }

        var scorecard = await call.EndAsync(now, ct);
        if (store is not null)
        {
            await store.SaveWholeCallAsync(call, now, ct);
        }

        return (call, scorecard);
    }

    /// <summary>Roughly how long a line takes to say: about 4 Chinese characters or 15 other characters a second, at least a second.</summary>
    internal static long SpokenMs(string text)
    {
        var cjk = text.Count(Text.Language.IsCjk);
        return Math.Max(1000, (long)(cjk * 250 + (text.Length - cjk) * 1000 / 15.0));
    }
}
