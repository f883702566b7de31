using System.CommandLine;

namespace Coach.Api.Cli;

/// <summary>The command-line verbs of the same executable (<c>dotnet run --project src/Coach.Api -- train</c>).</summary>
public static class CliVerbs
{
    private static readonly string[] Verbs = ["train", "eval", "split-corpus", "search", "eval-search", "load-test", "user", "import", "backtest"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("SalesCoach: live coaching for B2B sales calls. Without a verb it runs the service.")
        {
            TrainVerb.Create(),
            EvalVerb.Create(),
            SplitCorpusVerb.Create(),
            SearchVerb.Create(),
            EvalSearchVerb.Create(),
            LoadTestVerb.Create(),
            UserVerb.Create(),
            ImportVerb.Create(),
            BacktestVerb.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }

    /// <summary>The models folder of the service's configuration when no <c>--models</c> is given.</summary>
    public static string DefaultModelsFolder() => Path.Combine(AppContext.BaseDirectory, "models");
}
