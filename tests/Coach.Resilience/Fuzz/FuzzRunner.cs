using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Coach.Resilience.Processes;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Resilience.Fuzz;

/// <summary>
/// Sends a seeded stream of malformed inputs to a running service (REST and hub) from a few workers, then checks the
/// service still answers: /health, a normal call, and no error in its log when the run started it.
/// </summary>
public sealed class FuzzRunner(string url, ServiceProcess? service = null)
{
    private const int Workers = 4;
    private const double HubShare = 0.35;
    private static readonly TimeSpan HttpLimit = TimeSpan.FromSeconds(60);

    /// <summary>Past the largest body any endpoint accepts (a transcript, Coach:Import:MaxBytes, 5 MB by default).</summary>
    private const int OversizeBody = 5 * 1024 * 1024;

    public async Task<FuzzFigures> RunAsync(int inputs, int seed, CancellationToken ct)
    {
        var figures = new FuzzFigures { WorkingSetBeforeMb = service?.WorkingSetMb() };
        var clock = Stopwatch.StartNew();
        using var http = NewHttpClient();
        var world = await SeedAsync(http, ct);
        var junk = new Junk(new Random(seed));
        var rest = new HttpCaseGenerator(junk, world).Init();
        var hub = new HubCaseGenerator(junk, world);
        var next = 0;

        FuzzCase? Take()
        {
            lock (junk)
            {
                return next++ >= inputs ? null : junk.Chance(HubShare) ? hub.Next() : rest.Next();
            }
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(async () =>
        {
            await using var clients = new HubClients(url);
            while (!stop.IsCancellationRequested && Take() is { } input)
            {
                FuzzOutcome outcome;
                try
                {
                    outcome = input switch
                    {
                        HttpCase request => await SendAsync(http, request, stop.Token),
                        HubCase call => await clients.InvokeAsync(call, stop.Token),
                        RawHubCase frame => await RawHubSocket.SendAsync(url, frame, stop.Token),
                        _ => throw new InvalidOperationException(input.GetType().Name),
                    };
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The client refused to send it (our side, not the service's): shown in the histogram, not a failure.
                    outcome = new FuzzOutcome("client-refused:" + ex.GetType().Name);
                }

                figures.Add(input, outcome);
                if (service?.HasExited == true)
                {
                    figures.Crashes = 1;
                    await stop.CancelAsync();
                }
            }
        }, CancellationToken.None)));

        figures.Elapsed = clock.Elapsed;
        await CheckAfterAsync(http, figures, ct);
        return figures;
    }

    private async Task CheckAfterAsync(HttpClient http, FuzzFigures figures, CancellationToken ct)
    {
        if (service is not null)
        {
            figures.Crashes = service.HasExited ? 1 : 0;
            figures.WorkingSetAfterMb = service.HasExited ? null : service.WorkingSetMb();
        }

        try
        {
            figures.HealthAfter = (int)(await http.GetAsync($"{url}/health", ct)).StatusCode;
        }
        catch (HttpRequestException)
        {
            figures.HealthAfter = null;
        }

        try
        {
            await using var rep = await ConnectAsync(Credential.Rep, ct);
            var started = await rep.InvokeAsync<JsonElement>("StartCall", new { lang = "en" }, ct);
            var callId = started.GetProperty("callId").GetString();
            await rep.InvokeAsync<JsonElement>("SendUtterance",
                new { callId, seq = 1, speaker = "customer", text = "Every month our finance team spends two days reconciling invoices." }, ct);
            await rep.InvokeAsync<JsonElement>("EndCall", callId, ct);
            figures.NormalCallAfter = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            figures.NormalCallError = ex.Message;
        }

        // Give the service's logger a moment to write what it was given before reading its output.
        await Task.Delay(500, ct);
        figures.ErrorLogLines = service is null ? [] : FuzzFigures.FindErrorLines(service.Output);
    }

    /// <summary>Calls and lines, playbook ids and user names that exist, for inputs that get past the "unknown" checks.</summary>
    private async Task<FuzzWorld> SeedAsync(HttpClient http, CancellationToken ct)
    {
        var calls = new List<string>();
        foreach (var (credential, callId) in new[] { (Credential.Rep, "fuzz-rep-1"), (Credential.Ingest, "fuzz-ingest-1") })
        {
            await using var connection = await ConnectAsync(credential, ct);
            await connection.InvokeAsync<JsonElement>("StartCall", new { callId, lang = "en" }, ct);
            for (var seq = 1; seq <= FuzzWorld.LinesPerCall; seq++)
            {
                await connection.InvokeAsync<JsonElement>("SendUtterance", new
                {
                    callId, seq, speaker = seq % 2 == 0 ? "rep" : "customer",
                    text = seq % 2 == 0 ? "How much time does that take each month?" : "It's too expensive, we have no budget this year.",
                }, ct);
            }

            calls.Add(callId);
        }

        using var import = new HttpRequestMessage(HttpMethod.Post, $"{url}/api/calls/import")
        {
            Content = new StringContent("""
                {"title":"fuzz import","lang":"zh","utterances":[{"speaker":"rep","text":"您现在怎么对账？"},{"speaker":"customer","text":"每到月底财务都要加两三天班对账"},
                {"speaker":"rep","text":"这样一年大概多少成本？"},{"speaker":"customer","text":"太贵了，我们今年没有这个预算"}]}
                """, Encoding.UTF8, "application/json"),
        };
        import.Headers.Add("X-Api-Key", FuzzKeys.For(Credential.Coach));
        using (var imported = await http.SendAsync(import, ct))
        {
            imported.EnsureSuccessStatusCode();
            calls.Add(JsonDocument.Parse(await imported.Content.ReadAsStringAsync(ct)).RootElement.GetProperty("callId").GetString()!);
        }

        var playbook = JsonDocument.Parse(await http.GetStringAsync($"{url}/api/playbook", ct)).RootElement;
        var snippets = playbook.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Take(30).ToList();
        return new FuzzWorld(calls, snippets, ["rep.east", "coach.east", "admin", "fuzz-rep", "nobody"]);
    }

    private async Task<HubConnection> ConnectAsync(Credential credential, CancellationToken ct)
    {
        var connection = HubClients.Build(url, credential);
        await connection.StartAsync(ct);
        return connection;
    }

    private async Task<FuzzOutcome> SendAsync(HttpClient http, HttpCase input, CancellationToken ct)
    {
        var address = new Uri(url + input.PathAndQuery, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var request = new HttpRequestMessage(new HttpMethod(input.Method), address);
        if (FuzzKeys.For(input.Credential) is { } key)
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", key);
        }

        if (input.Body is not null)
        {
            request.Content = new ByteArrayContent(input.Body);
            if (input.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", input.ContentType);
            }
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(HttpLimit);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var outcome = FuzzOutcome.Status((int)response.StatusCode);
            return outcome.Failure == FuzzFailure.None ? outcome : outcome with { Detail = body.Length > 300 ? body[..300] : body };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new FuzzOutcome("TIMEOUT", FuzzFailure.Timeout);
        }
        catch (HttpRequestException) when (input.Body?.Length > OversizeBody)
        {
            // Kestrel answers (413, or 401 before reading) and closes the connection while the client is still writing.
            return new FuzzOutcome("closed(oversize-body)");
        }
        catch (HttpRequestException ex)
        {
            return new FuzzOutcome("NO-RESPONSE", FuzzFailure.Dropped, ex.Message + " " + ex.InnerException?.Message);
        }
    }

    private static HttpClient NewHttpClient() => new(new SocketsHttpHandler
    {
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        PooledConnectionLifetime = TimeSpan.FromMinutes(1),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
