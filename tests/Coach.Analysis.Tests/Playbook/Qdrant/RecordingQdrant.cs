using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Coach.Analysis.Tests.Playbook.Qdrant;

/// <summary>
/// Stands in for Qdrant at the HTTP level: records each request and answers with the JSON envelope
/// Qdrant's REST reference documents ({"result": ..., "status": "ok"}), from a queue of results.
/// </summary>
internal sealed class RecordingQdrant : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, JsonNode?>> _answers = new();

    public List<(HttpMethod Method, string Path, JsonNode? Body, string? ApiKey)> Requests { get; } = [];

    public RecordingQdrant Answer(Func<HttpRequestMessage, JsonNode?> result)
    {
        _answers.Enqueue(result);
        return this;
    }

    public RecordingQdrant Answer(string resultJson) => Answer(_ => JsonNode.Parse(resultJson));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var body = request.Content is null ? null : JsonNode.Parse(await request.Content.ReadAsStringAsync(ct));
        request.Headers.TryGetValues("api-key", out var keys);
        Requests.Add((request.Method, request.RequestUri!.PathAndQuery, body, keys?.FirstOrDefault()));
        if (_answers.Count == 0)
        {
            return new HttpResponseMessage(HttpStatusCode.InternalServerError)
            {
                Content = new StringContent("""{"status":{"error":"unexpected request"}}"""),
            };
        }

        var envelope = new JsonObject { ["result"] = _answers.Dequeue()(request), ["status"] = "ok", ["time"] = 0.001 };
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json"),
        };
    }
}
