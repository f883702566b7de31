using System.Diagnostics;
using Coach.Analysis.Calls;
using Coach.Analysis.Text;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Coach.Analysis.Suggestions.Rewriting;

/// <summary>
/// Fits a chosen suggestion to the conversation through Semantic Kernel's chat completion, within
/// <see cref="LlmOptions.BudgetMs"/>. Returns null (the caller sends the plain suggestion) when the budget
/// runs out, the endpoint fails, or the answer is not one usable line in the call's language.
/// </summary>
public sealed partial class SuggestionRewriter(Kernel kernel, LlmOptions options, ILogger<SuggestionRewriter> log)
{
    private readonly IChatCompletionService _chat = kernel.GetRequiredService<IChatCompletionService>();
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrent, options.MaxConcurrent);

    public async Task<string?> RewriteAsync(Suggestion suggestion, IReadOnlyList<CallLine> conversation, string lang, CancellationToken ct)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(options.BudgetMs);
        var clock = Stopwatch.StartNew();
        var slot = false;
        try
        {
            slot = await _slots.WaitAsync(Timeout.Infinite, budget.Token);
            var recent = conversation.Count <= options.ContextLines ? conversation : conversation.Skip(conversation.Count - options.ContextLines).ToList();
            var settings = new OpenAIPromptExecutionSettings { MaxTokens = options.MaxTokens, Temperature = options.Temperature };
            var reply = await _chat.GetChatMessageContentAsync(RewritePrompt.Build(suggestion, recent, lang), settings, kernel, budget.Token)
                .WaitAsync(budget.Token);
            var line = Accept(reply.Content, lang);
            if (line is null)
            {
                LogRejected(log, suggestion.Kind);
            }

            return line;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            LogOverBudget(log, suggestion.Kind, clock.ElapsedMilliseconds);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's type and message only: a provider's error body could quote the conversation.
            LogFailed(log, suggestion.Kind, ex.GetType().Name);
            return null;
        }
        finally
        {
            if (slot)
            {
                _slots.Release();
            }
        }
    }

    /// <summary>The model's answer as one line, or null when it is empty, too long or in the wrong language.</summary>
    internal string? Accept(string? content, string lang)
    {
        var line = content?.Trim().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        line = line?.Trim('"', '“', '”', '「', '」', '\'', ' ');
        if (string.IsNullOrEmpty(line) || line.Length > options.MaxRewriteLength)
        {
            return null;
        }

        return Language.Detect(line) == lang ? line : null;
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Suggestion rewrite ({Kind}) went past its budget after {Milliseconds} ms; the plain suggestion goes out")]
    private static partial void LogOverBudget(ILogger logger, string kind, long milliseconds);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Suggestion rewrite ({Kind}) failed with {Error}; the plain suggestion goes out")]
    private static partial void LogFailed(ILogger logger, string kind, string error);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Suggestion rewrite ({Kind}) was not one line in the call's language; the plain suggestion goes out")]
    private static partial void LogRejected(ILogger logger, string kind);
}
