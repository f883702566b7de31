using Coach.Analysis.Suggestions;

namespace Coach.Api.Hubs;

public sealed record StartCallRequest(string? CallId, string? Title, string? Lang);

public sealed record StartCallResult(string CallId);

public sealed record SendUtteranceRequest(string? CallId, int Seq, string? Speaker, string? Text, string? Name, long? StartMs);

/// <summary>The acknowledgement: <c>text</c> is the line as stored (personal data masked).</summary>
public sealed record SendUtteranceResult(string CallId, int Seq, IReadOnlyDictionary<string, string> Labels, string Text);

public sealed record UtteranceLabeledMessage(string CallId, int Seq, string Speaker, string Text, IReadOnlyDictionary<string, string> Labels);

public sealed record SuggestionMessage(
    string CallId,
    int Seq,
    string Id,
    string Kind,
    string Title,
    string Text,
    IReadOnlyList<string> Situations,
    IReadOnlyList<SnippetRef> Playbook,
    bool Rewritten,
    string PlainText,
    string Priority)
{
    /// <summary><c>text</c> is what the rep should read: the rewrite when there is one; <c>plainText</c> is the playbook's advice.</summary>
    public static SuggestionMessage From(string callId, Suggestion s) =>
        new(callId, s.Seq, s.Id, s.Kind, s.Title, s.Rewrite ?? s.Text, s.Situations, s.Playbook, s.Rewrite is not null, s.Text, s.Priority);
}

public sealed record RateSuggestionRequest(string? CallId, string? SuggestionId, string? Verdict);

public sealed record RateSuggestionResult(string CallId, string SuggestionId, string Verdict);
