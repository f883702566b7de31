using Coach.Analysis.Calls;
using Coach.Analysis.Suggestions;
using Coach.Analysis.Suggestions.Rewriting;

namespace Coach.Api.Hubs;

/// <summary>
/// Sends a line's suggestions to the call's group (through <see cref="CallStream"/>, so the rep gets them even while
/// the backplane is down). Without a language model they go out at once, before
/// the line is acknowledged. With one, the acknowledgement does not wait: each suggestion is rewritten
/// within its budget in the background and then sent (plain when the rewrite did not come), and the
/// rewrite is kept with the line for review.
/// </summary>
public sealed class SuggestionRelay(CallStream stream, IHostApplicationLifetime lifetime,
    ILogger<SuggestionRelay> log, SuggestionRewriter? rewriter = null)
{
    /// <param name="sender">The rep's connection: it gets the advice even when the group send fails (Redis down).</param>
    public async Task SendAsync(CallSession call, CallLine line, string? sender = null)
    {
        if (line.Suggestions.Count == 0)
        {
            return;
        }

        if (rewriter is null)
        {
            foreach (var suggestion in line.Suggestions)
            {
                await stream.SuggestionAsync(call.Id, sender, SuggestionMessage.From(call.Id, suggestion));
            }

            return;
        }

        var conversation = call.Lines.Where(l => l.Seq <= line.Seq).ToList();
        var lang = call.Lang ?? "en";
        _ = Task.Run(async () =>
        {
            try
            {
                var rewrites = await Task.WhenAll(line.Suggestions.Select(s =>
                    rewriter.RewriteAsync(s, conversation, lang, lifetime.ApplicationStopping)));
                for (var i = 0; i < line.Suggestions.Count; i++)
                {
                    var suggestion = line.Suggestions[i];
                    if (rewrites[i] is { } rewrite)
                    {
                        suggestion = suggestion with { Rewrite = rewrite };
                        await call.RecordRewriteAsync(line.Seq, suggestion.Id, rewrite, lifetime.ApplicationStopping);
                    }

                    await stream.SuggestionAsync(call.Id, sender, SuggestionMessage.From(call.Id, suggestion));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Could not send the suggestions of line {Seq} of call {CallId}", line.Seq, call.Id);
            }
        });
    }
}
