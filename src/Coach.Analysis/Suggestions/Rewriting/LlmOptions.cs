namespace Coach.Analysis.Suggestions.Rewriting;

/// <summary>
/// An OpenAI-compatible chat endpoint (section <c>Coach:Llm</c>) that fits each suggestion to the
/// conversation. Without an <see cref="Endpoint"/> nothing is called and the plain suggestions go out.
/// </summary>
public sealed class LlmOptions
{
    public const string Section = "Coach:Llm";

    /// <summary>Base address of the chat-completions API, e.g. <c>http://127.0.0.1:8000/v1</c>.</summary>
    public string? Endpoint { get; set; }

    public string Model { get; set; } = "gpt-4o-mini";

    public string? ApiKey { get; set; }

    /// <summary>How long a suggestion may wait for its rewrite; past it the plain suggestion goes out.</summary>
    public int BudgetMs { get; set; } = 1500;

    /// <summary>How long a call summary may take before the digest from the labels is shown instead.</summary>
    public int SummaryBudgetMs { get; set; } = 20_000;

    /// <summary>Rewrites in flight at once; a suggestion that finds no free slot within the budget goes out plain.</summary>
    public int MaxConcurrent { get; set; } = 16;

    /// <summary>Lines of the conversation so far given to the model.</summary>
    public int ContextLines { get; set; } = 8;

    public int MaxTokens { get; set; } = 120;

    public double Temperature { get; set; } = 0.3;

    /// <summary>Longest rewrite accepted, in characters; a longer answer is not one line and is dropped.</summary>
    public int MaxRewriteLength { get; set; } = 300;
}
