using System.CommandLine;

namespace Coach.Api.Cli;

/// <summary>
/// <c>load-test --url http://127.0.0.1:5080 [--url ...] --key KEY [--calls 2000] [--interval 3] [--duration 60] [--call-seconds 0]</c>:
/// simulated calls over real SignalR connections (see <see cref="LoadGenerator"/>), spread round robin over the
/// instances given, and the SendUtterance round trip and time to the first Suggestion as p50/p95/p99, with errors.
/// Only for services you run yourself: point it at loopback.
/// </summary>
public static class LoadTestVerb
{
    public static Command Create()
    {
        var url = new Option<string[]>("--url")
        {
            Description = "An instance to load (loopback); repeat for several, calls are spread round robin.",
            DefaultValueFactory = _ => ["http://127.0.0.1:5080"], AllowMultipleArgumentsPerToken = false,
        };
        var key = new Option<string>("--key") { Description = "An API key with the rep, admin or ingest role.", Required = true };
        var calls = new Option<int>("--calls") { Description = "Concurrent simulated calls.", DefaultValueFactory = _ => 2000 };
        var interval = new Option<double>("--interval") { Description = "Seconds between a call's lines.", DefaultValueFactory = _ => 3 };
        var duration = new Option<double>("--duration") { Description = "Seconds of steady load after all calls started.", DefaultValueFactory = _ => 60 };
        var callSeconds = new Option<double>("--call-seconds")
        {
            Description = "Seconds each call lasts before it ends and the next starts on its connection (0: one call for the whole run).",
            DefaultValueFactory = _ => 0,
        };
        var command = new Command("load-test", "Drive simulated calls through the hub and print latency percentiles.")
        {
            url, key, calls, interval, duration, callSeconds,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(url)!, parse.GetValue(key)!, parse.GetValue(calls),
            parse.GetValue(interval), parse.GetValue(duration), parse.GetValue(callSeconds), ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] addresses, string key, int calls, double interval, double duration, double callSeconds,
        CancellationToken ct)
    {
        var urls = new List<Uri>();
        foreach (var address in addresses)
        {
            if (!Uri.TryCreate(address, UriKind.Absolute, out var url))
            {
                Console.Error.WriteLine($"load-test: --url '{address}' is not an absolute URL.");
                return 2;
            }

            if (!url.IsLoopback)
            {
                Console.Error.WriteLine("load-test: only loopback addresses may be loaded.");
                return 2;
            }

            urls.Add(url);
        }

        if (calls < 1 || interval <= 0 || duration <= 0 || callSeconds < 0)
        {
            Console.Error.WriteLine("load-test: --calls, --interval and --duration must be positive, --call-seconds 0 or more.");
            return 2;
        }

        var figures = await LoadGenerator.RunAsync(urls, key, calls, TimeSpan.FromSeconds(interval), TimeSpan.FromSeconds(duration),
            callSeconds > 0 ? TimeSpan.FromSeconds(callSeconds) : null, Console.Error, ct);
        figures.Print(Console.Out);
        return 0;
    }
}
