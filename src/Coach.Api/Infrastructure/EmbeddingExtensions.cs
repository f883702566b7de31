using System.ClientModel;
using Coach.Analysis.Playbook.Semantic;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Embeddings;

namespace Coach.Api.Infrastructure;

public static class EmbeddingExtensions
{
    /// <summary>
    /// The optional dense embedder for playbook search: only when <c>Coach:Playbook:Embeddings:Endpoint</c>
    /// names an OpenAI-compatible endpoint. Without it search is lexical and nothing is called.
    /// </summary>
    public static WebApplicationBuilder AddCoachEmbeddings(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{EmbeddingOptions.Section}:Endpoint"]))
        {
            return builder;
        }

        builder.Services.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value;
            var client = new EmbeddingClient(options.Model, new ApiKeyCredential(options.ApiKey ?? "none"),
                new OpenAIClientOptions { Endpoint = new Uri(options.Endpoint!) });
            return client.AsIEmbeddingGenerator();
        });
        builder.Services.AddSingleton(sp => new SemanticRanker(
            sp.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>(),
            sp.GetRequiredService<IOptions<EmbeddingOptions>>().Value,
            sp.GetRequiredService<ILogger<SemanticRanker>>()));
        return builder;
    }
}
