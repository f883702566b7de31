using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Api.Tests;

/// <summary>
/// A small local server that speaks the OpenAI embeddings protocol (POST /v1/embeddings) on a loopback
/// port. Its vectors put words of one concept ("apple", "pomme", "苹果") on the same axis, so a test can
/// see dense retrieval find what shares no word with the query. Not our component: it stands in for
/// whatever embedding service a team configures.
/// </summary>
public sealed class FakeEmbeddingServer : IAsyncDisposable
{
    private static readonly string[][] Concepts = [["apple", "pomme", "苹果"], ["banana", "香蕉"]];
    private const int Dimensions = 32;
    private readonly WebApplication _app;

    private FakeEmbeddingServer(WebApplication app) => _app = app;

    public ConcurrentQueue<string> Inputs { get; } = new();

    public string Endpoint => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";

    public static async Task<FakeEmbeddingServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeEmbeddingServer(app);
        app.MapPost("/v1/embeddings", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            var input = body!["input"]!;
            var texts = input is JsonArray array ? array.Select(x => x!.GetValue<string>()).ToList() : [input.GetValue<string>()];
            var data = new JsonArray();
            for (var i = 0; i < texts.Count; i++)
            {
                server.Inputs.Enqueue(texts[i]);
                data.Add(new JsonObject
                {
                    ["object"] = "embedding",
                    ["index"] = i,
                    ["embedding"] = new JsonArray([.. Vector(texts[i]).Select(v => (JsonNode)v)]),
                });
            }

            return Results.Json(new JsonObject
            {
                ["object"] = "list", ["data"] = data, ["model"] = body["model"]?.GetValue<string>(),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["total_tokens"] = 1 },
            });
        });
        await app.StartAsync();
        return server;
    }

    private static float[] Vector(string text)
    {
        var v = new float[Dimensions];
        var lower = text.ToLowerInvariant();
        for (var c = 0; c < Concepts.Length; c++)
        {
            v[c] = Concepts[c].Sum(w => CountOf(lower, w)) * 10f;
        }

        // Everything else spreads thinly over the remaining axes, so unrelated texts are not identical.
        foreach (var ch in lower)
        {
            v[Concepts.Length + ch % (Dimensions - Concepts.Length)] += 0.05f;
        }

        return v;
    }

    private static int CountOf(string text, string word)
    {
        var n = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
