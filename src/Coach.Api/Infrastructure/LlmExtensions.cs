using System.ClientModel;
using System.ClientModel.Primitives;
using Coach.Analysis.Review;
using Coach.Analysis.Suggestions.Rewriting;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using OpenAI;

namespace Coach.Api.Infrastructure;

public static class LlmExtensions
{
    /// <summary>
    /// Semantic Kernel with an OpenAI-compatible chat endpoint, only when <c>Coach:Llm:Endpoint</c> names one;
    /// otherwise no rewriter is registered and everything works offline.
    /// </summary>
    public static WebApplicationBuilder AddCoachLlm(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section)
            .Validate(o => o.Endpoint is null || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _), "Coach:Llm:Endpoint must be an absolute URL.")
            .Validate(o => o.BudgetMs > 0 && o.MaxConcurrent > 0 && o.ContextLines > 0 && o.MaxTokens > 0,
                "Coach:Llm needs positive BudgetMs, MaxConcurrent, ContextLines and MaxTokens.")
            .ValidateOnStart();
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{LlmOptions.Section}:Endpoint"]))
        {
            return builder;
        }

        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            return new CallSummarizer(sp.GetRequiredService<Kernel>(), options, sp.GetRequiredService<ILogger<CallSummarizer>>());
        });
        builder.Services.AddSingleton(sp => new SuggestionRewriter(sp.GetRequiredService<Kernel>(),
            sp.GetRequiredService<IOptions<LlmOptions>>().Value, sp.GetRequiredService<ILogger<SuggestionRewriter>>()));
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<LlmOptions>>().Value;
            var client = new OpenAIClient(new ApiKeyCredential(options.ApiKey ?? "none"),
                new OpenAIClientOptions { Endpoint = new Uri(options.Endpoint!), NetworkTimeout = TimeSpan.FromMilliseconds(Math.Max(options.BudgetMs, options.SummaryBudgetMs) + 1000),
                    // A retry cannot fit in a budget of a second or two; past the budget the plain advice goes out.
                    RetryPolicy = new ClientRetryPolicy(maxRetries: 0) });
            var kernel = Kernel.CreateBuilder();
            kernel.AddOpenAIChatCompletion(options.Model, client);
            return kernel.Build();
        });
        return builder;
    }
}
