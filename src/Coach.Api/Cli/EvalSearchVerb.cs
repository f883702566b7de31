using System.CommandLine;
using System.Text.Json;
using Coach.Analysis.Classification;
using Coach.Analysis.Playbook;

namespace Coach.Api.Cli;

/// <summary><c>eval-search [--data data/playbook-queries.jsonl] [--json]</c>: Hit@3 of playbook search on labeled queries.</summary>
public static class EvalSearchVerb
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data")
        {
            Description = "JSON Lines of {\"q\",\"lang\",\"situation\"}.",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("data", "playbook-queries.jsonl")),
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var playbook = new Option<DirectoryInfo>("--playbook")
        {
            Description = "Playbook folder (default: the shipped playbook).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "playbook")),
        };
        var edits = SearchVerb.EditsOption();
        var command = new Command("eval-search", "Score playbook search on labeled queries.") { data, json, playbook, edits };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(data)!, parse.GetValue(json), parse.GetValue(playbook)!,
            parse.GetValue(edits)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo data, bool json, DirectoryInfo playbook, DirectoryInfo edits,
        CancellationToken ct)
    {
        try
        {
            var search = await SearchVerb.CreateSearchAsync(playbook.FullName, edits.FullName, CliVerbs.DefaultModelsFolder(), ct);
            var report = await SearchEvaluation.RunAsync(search, SearchEvaluation.ReadCases(data.FullName), ct);
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(report));
                return 0;
            }

            foreach (var miss in report.Misses)
            {
                Console.WriteLine($"miss  {miss}");
            }

            Console.WriteLine($"all  {report.Overall.Queries} queries  Hit@1 {report.Overall.HitAt1:0.000}  Hit@3 {report.Overall.HitAt3:0.000}  MRR {report.Overall.Mrr:0.000}");
            foreach (var (lang, s) in report.ByLang)
            {
                Console.WriteLine($"{lang,-4} {s.Queries} queries  Hit@1 {s.HitAt1:0.000}  Hit@3 {s.HitAt3:0.000}  MRR {s.Mrr:0.000}");
            }

            return 0;
        }
        catch (Exception ex) when (ex is SnippetValidationException or DirectoryNotFoundException or ModelLoadException
            or InvalidDataException or FileNotFoundException or JsonException)
        {
            Console.Error.WriteLine($"eval-search: {ex.Message}");
            return 2;
        }
    }
}
