using System.CommandLine;
using Coach.Analysis.Classification;
using Coach.Analysis.Playbook;

namespace Coach.Api.Cli;

/// <summary><c>search "客户嫌贵" [--lang zh] [--top 3] [--situation objection.price]</c>: searches the shipped playbook.</summary>
public static class SearchVerb
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What the situation is, in any language." };
        var lang = new Option<string?>("--lang") { Description = "Only snippets in this language (zh or en)." };
        var top = new Option<int>("--top") { Description = "How many hits.", DefaultValueFactory = _ => 3 };
        var situation = new Option<string?>("--situation") { Description = "Only snippets for this situation id." };
        var playbook = new Option<DirectoryInfo>("--playbook")
        {
            Description = "Playbook folder (default: the shipped playbook).",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "playbook")),
        };
        var edits = EditsOption();
        var command = new Command("search", "Search the playbook by situation.") { query, lang, top, situation, playbook, edits };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(query)!, parse.GetValue(lang), parse.GetValue(top),
            parse.GetValue(situation), parse.GetValue(playbook)!, parse.GetValue(edits)!, ct));
        return command;
    }

    private static async Task<int> RunAsync(string q, string? lang, int top, string? situation, DirectoryInfo folder,
        DirectoryInfo edits, CancellationToken ct)
    {
        try
        {
            var search = await CreateSearchAsync(folder.FullName, edits.FullName, CliVerbs.DefaultModelsFolder(), ct);
            foreach (var hit in await search.SearchAsync(q, lang, situation, top, ct))
            {
                Console.WriteLine($"{hit.Score,6:0.000}  {hit.Id}  [{string.Join(", ", hit.Situations)}]  {hit.Title}");
                Console.WriteLine($"        {hit.Text.ReplaceLineEndings(" ")}");
            }

            return 0;
        }
        catch (Exception ex) when (ex is SnippetValidationException or DirectoryNotFoundException or ModelLoadException)
        {
            Console.Error.WriteLine($"search: {ex.Message}");
            return 2;
        }
    }

    /// <summary>Admins' edits, where the service keeps them when run from this folder (its content root).</summary>
    internal static Option<DirectoryInfo> EditsOption() => new("--edits")
    {
        Description = "Folder of admins' playbook edits, laid over the shipped snippets.",
        DefaultValueFactory = _ => new DirectoryInfo(new PlaybookOptions().EditsPath),
    };

    /// <summary>The playbook as the service serves it: shipped snippets, admins' edits, the shipped models reading queries.</summary>
    internal static async Task<PlaybookSearch> CreateSearchAsync(string playbookFolder, string editsFolder, string modelsFolder,
        CancellationToken ct)
    {
        var index = new InProcessPlaybookIndex();
        await new PlaybookStore(playbookFolder, editsFolder, index).LoadAsync(ct);
        var understanding = QueryUnderstanding.Load(UtteranceClassifier.Load(modelsFolder), playbookFolder, modelsFolder);
        return new PlaybookSearch(index, understanding);
    }
}
