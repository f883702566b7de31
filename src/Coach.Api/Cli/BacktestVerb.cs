using System.CommandLine;
using System.Text.Json;
using Coach.Analysis.Classification;
using Coach.Analysis.Playbook;
using Coach.Analysis.Review;
using Coach.Analysis.Storage;
using Coach.Analysis.Suggestions;

namespace Coach.Api.Cli;

/// <summary>
/// <c>backtest [--models DIR] [--playbook DIR] [--edits DIR] [--from ISO] [--to ISO] [--limit N] [--json]</c>: replays the
/// stored calls (the service's database from this folder) through these models, rules and playbook, and prints what
/// would change: labels by task, suggestions added and removed by kind, with examples.
/// </summary>
public static class BacktestVerb
{
    public static Command Create()
    {
        var models = new Option<DirectoryInfo>("--models")
        {
            Description = "Models to try (default: the shipped models).",
            DefaultValueFactory = _ => new DirectoryInfo(CliVerbs.DefaultModelsFolder()),
        };
        var playbook = new Option<DirectoryInfo>("--playbook")
        {
            Description = "Playbook to try (default: the shipped playbook).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "playbook")),
        };
        var edits = SearchVerb.EditsOption();
        var from = new Option<DateTimeOffset?>("--from") { Description = "Only calls started at or after this time." };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Only calls started before this time." };
        var limit = new Option<int>("--limit") { Description = "At most this many calls, oldest first.", DefaultValueFactory = _ => 1000 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var command = new Command("backtest", "Replay stored calls through the current models, rules and playbook and report what would change.")
        {
            models, playbook, edits, from, to, limit, json,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(models)!, parse.GetValue(playbook)!, parse.GetValue(edits)!,
            parse.GetValue(from), parse.GetValue(to), parse.GetValue(limit), parse.GetValue(json), ct));
        return command;
    }

    private static async Task<int> RunAsync(DirectoryInfo models, DirectoryInfo playbook, DirectoryInfo edits, DateTimeOffset? from,
        DateTimeOffset? to, int limit, bool json, CancellationToken ct)
    {
        if (limit < 1)
        {
            Console.Error.WriteLine("backtest: --limit must be at least 1.");
            return 2;
        }

        try
        {
            var classifier = UtteranceClassifier.Load(models.FullName);
            var search = await SearchVerb.CreateSearchAsync(playbook.FullName, edits.FullName, models.FullName, ct);
            var options = new SuggestionOptions();
            await using var services = await CliStorage.OpenAsync(ct);
            var store = new CallStore(services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CoachDbContext>>());
            var report = await new Backtest(classifier, new SuggestionEngine(search, options), options)
                .RunAsync(store.StreamCallsAsync(from, to, limit, ct), ct);
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
                return 0;
            }

            Console.WriteLine($"Replayed {report.Calls} calls, {report.Lines} lines, with {models.FullName} and {playbook.FullName}.");
            Print("Labels changed (task)", report.LabelsChanged);
            Print("Suggestions added (kind)", report.SuggestionsAdded);
            Print("Suggestions removed (kind)", report.SuggestionsRemoved);
            return 0;
        }
        catch (Exception ex) when (ex is ModelLoadException or SnippetValidationException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"backtest: {ex.Message}");
            return 2;
        }
    }

    private static void Print(string heading, IReadOnlyDictionary<string, BacktestCount> counts)
    {
        Console.WriteLine();
        Console.WriteLine(counts.Count == 0 ? $"{heading}: none" : $"{heading}:");
        foreach (var (key, count) in counts)
        {
            Console.WriteLine($"  {key,-22} {count.Count,6}");
            foreach (var example in count.Examples)
            {
                Console.WriteLine($"      e.g. {example}");
            }
        }
    }
}
