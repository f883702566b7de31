using System.Collections.Concurrent;
using Coach.Analysis.Suggestions;

namespace Coach.Analysis.Calls;

/// <summary>
/// The live calls of this instance, in memory. Persistence (EF Core) and sharing across instances
/// come with their own work; until then a restart forgets the calls.
/// </summary>
public sealed class CallRegistry(TimeProvider time, SuggestionOptions options)
{
    private readonly ConcurrentDictionary<string, CallSession> _calls = new();

    public CallSession Start(string owner, string? callId, string? title, string? lang) =>
        _calls.GetOrAdd(callId ?? Guid.NewGuid().ToString("N"),
            id => new CallSession(id, owner, title, lang, time.GetUtcNow(), options.CooldownLines));

    public CallSession? Find(string callId) => _calls.GetValueOrDefault(callId);

    public IEnumerable<CallSession> All => _calls.Values;
}
