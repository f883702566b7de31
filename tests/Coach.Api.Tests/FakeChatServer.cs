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
/// A small local server that speaks the OpenAI chat-completions protocol (POST /v1/chat/completions) on
/// a loopback port: it answers with <see cref="Reply"/> after <see cref="Delay"/>, or with
/// <see cref="Status"/> when that is an error. Not our component: it stands in for the model server a team configures.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeChatServer(WebApplication app) => _app = app;

    public string Reply { get; set; } = "";

    public TimeSpan Delay { get; set; }

    public int Status { get; set; } = 200;

    /// <summary>Each request's messages, as (role, content) pairs.</summary>
    public ConcurrentQueue<List<(string Role, string Content)>> Requests { get; } = new();

    public string Endpoint => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/v1";

    public static async Task<FakeChatServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeChatServer(app);
        app.MapPost("/v1/chat/completions", async (HttpRequest request, CancellationToken ct) =>
        {
            var body = await JsonNode.ParseAsync(request.Body, cancellationToken: ct);
            server.Requests.Enqueue([.. body!["messages"]!.AsArray().Select(m => (m!["role"]!.GetValue<string>(), Content(m["content"])))]);
            await Task.Delay(server.Delay, ct);
            if (server.Status != 200)
            {
                return Results.Json(new JsonObject { ["error"] = new JsonObject { ["message"] = "model overloaded" } }, statusCode: server.Status);
            }

            return Results.Json(new JsonObject
            {
                ["id"] = "chatcmpl-1", ["object"] = "chat.completion", ["created"] = 1_700_000_000, ["model"] = body["model"]?.GetValue<string>(),
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0, ["finish_reason"] = "stop",
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = server.Reply },
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
            });
        });
        await app.StartAsync();
        return server;
    }

    /// <summary>A message's content: a string, or an array of text parts.</summary>
    private static string Content(JsonNode? content) => content switch
    {
        JsonArray parts => string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())),
        null => "",
        _ => content.GetValue<string>(),
    };

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
