using System.CommandLine;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Coach.Api.Cli;

/// <summary>
/// <c>import PATH --url URL --key KEY [--rep NAME]... [--owner USER] [--title T]</c>: uploads a finished
/// call, or every <c>.vtt</c>, <c>.txt</c> and <c>.json</c> file under a folder, to a running service's
/// <c>POST /api/calls/import</c>, with a progress bar. Exit code 1 when any file was refused.
/// </summary>
public static class ImportVerb
{
    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".vtt"] = "text/vtt", [".txt"] = "text/plain", [".json"] = "application/json",
    };

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A transcript file (.vtt, .txt, .json) or a folder of them." };
        var url = new Option<string>("--url") { Description = "The service.", DefaultValueFactory = _ => "http://localhost:5080" };
        var key = new Option<string>("--key") { Description = "An API key (Coach:ApiKeys) with the ingest, coach or admin role.", Required = true };
        var rep = new Option<string[]>("--rep") { Description = "A name that is the rep's side (repeatable).", AllowMultipleArgumentsPerToken = true };
        var owner = new Option<string?>("--owner") { Description = "File the calls under this user (the rep)." };
        var title = new Option<string?>("--title") { Description = "Title for a single file (default: the file name)." };
        var command = new Command("import", "Upload finished calls' transcripts to the service.") { path, url, key, rep, owner, title };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(path)!, parse.GetValue(url)!, parse.GetValue(key)!,
            parse.GetValue(rep) ?? [], parse.GetValue(owner), parse.GetValue(title), ct));
        return command;
    }

    private static async Task<int> RunAsync(string path, string address, string key, string[] reps, string? owner, string? title,
        CancellationToken ct)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var url))
        {
            Console.Error.WriteLine($"import: --url '{address}' is not an absolute URL.");
            return 2;
        }

        List<string> files;
        if (Directory.Exists(path))
        {
            files = [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(f => MediaTypes.ContainsKey(Path.GetExtension(f))).Order(StringComparer.Ordinal)];
        }
        else if (File.Exists(path) && MediaTypes.ContainsKey(Path.GetExtension(path)))
        {
            files = [path];
        }
        else
        {
            Console.Error.WriteLine($"import: '{path}' is not a .vtt, .txt or .json file or a folder.");
            return 2;
        }

        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var progress = new ProgressBar(files.Count);
        var failures = new List<string>();
        var imported = 0;
        foreach (var file in files)
        {
            progress.Show(imported + failures.Count, Path.GetFileName(file));
            var query = string.Join('&', [
                .. reps.Select(r => "rep=" + Uri.EscapeDataString(r)),
                .. owner is null ? Array.Empty<string>() : ["owner=" + Uri.EscapeDataString(owner)],
                "title=" + Uri.EscapeDataString(files.Count == 1 && title is not null ? title : Path.GetFileNameWithoutExtension(file)),
            ]);
            try
            {
                using var content = new ByteArrayContent(await File.ReadAllBytesAsync(file, ct));
                content.Headers.ContentType = new MediaTypeHeaderValue(MediaTypes[Path.GetExtension(file)]) { CharSet = "utf-8" };
                using var response = await http.PostAsync("api/calls/import?" + query, content, ct);
                var body = await response.Content.ReadAsStringAsync(ct);
                if (response.IsSuccessStatusCode)
                {
                    imported++;
                }
                else
                {
                    failures.Add($"{file}: {(int)response.StatusCode} {Detail(body)}");
                }
            }
            catch (HttpRequestException ex)
            {
                failures.Add($"{file}: {ex.Message}");
            }
        }

        progress.Done(imported + failures.Count);
        Console.WriteLine($"Imported {imported} of {files.Count} calls.");
        failures.ForEach(f => Console.Error.WriteLine($"import: {f}"));
        return failures.Count == 0 ? 0 : 1;
    }

    private static string Detail(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }

    /// <summary>A one-line bar redrawn in place on a terminal; a line per file when the output is redirected.</summary>
    private sealed class ProgressBar(int total)
    {
        private const int Width = 30;

        public void Show(int done, string current)
        {
            if (Console.IsErrorRedirected)
            {
                Console.Error.WriteLine($"[{done + 1}/{total}] {current}");
                return;
            }

            var filled = total == 0 ? Width : done * Width / total;
            Console.Error.Write($"\r[{new string('#', filled)}{new string('-', Width - filled)}] {done}/{total} {current,-40}");
        }

        public void Done(int done)
        {
            if (!Console.IsErrorRedirected)
            {
                Console.Error.WriteLine($"\r[{new string('#', Width)}] {done}/{total}{new string(' ', 41)}");
            }
        }
    }
}
