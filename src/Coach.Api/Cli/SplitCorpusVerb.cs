using System.CommandLine;
using Coach.Analysis.Corpus;

namespace Coach.Api.Cli;

/// <summary>
/// <c>split-corpus [--raw data/raw] [--out data]</c>: validates the raw corpus files, drops exact and
/// near duplicates and writes train.jsonl and the held-out dev.jsonl.
/// </summary>
public static class SplitCorpusVerb
{
    public static Command Create()
    {
        var raw = new Option<DirectoryInfo>("--raw")
        {
            Description = "Folder of raw labeled *.jsonl files.",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("data", "raw")),
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder train.jsonl and dev.jsonl are written to.",
            DefaultValueFactory = _ => new DirectoryInfo("data"),
        };
        var devFraction = new Option<double>("--dev-fraction")
        {
            Description = "Share of lines held out for dev.",
            DefaultValueFactory = _ => 0.15,
        };
        var command = new Command("split-corpus", "Deduplicate the raw corpus and write train/dev splits.")
        {
            raw, output, devFraction,
        };
        command.SetAction(parse => Run(parse.GetValue(raw)!, parse.GetValue(output)!, parse.GetValue(devFraction)));
        return command;
    }

    private static int Run(DirectoryInfo raw, DirectoryInfo output, double devFraction)
    {
        if (devFraction is <= 0 or >= 1)
        {
            Console.Error.WriteLine("split-corpus: --dev-fraction must be between 0 and 1.");
            return 2;
        }

        try
        {
            var items = CorpusReader.ReadFolder(raw.FullName);
            var split = CorpusSplitter.Split(items, devFraction);
            CorpusWriter.WriteFile(Path.Combine(output.FullName, "train.jsonl"), split.Train);
            CorpusWriter.WriteFile(Path.Combine(output.FullName, "dev.jsonl"), split.Dev);
            Console.Error.WriteLine($"{items.Count} raw lines, {split.Duplicates.Count} near-duplicates dropped, " +
                $"{split.Train.Count} train, {split.Dev.Count} dev");
            foreach (var (dropped, like) in split.Duplicates.Take(20))
            {
                Console.Error.WriteLine($"    dropped {dropped.Id} (like {like.Id})");
            }

            return 0;
        }
        catch (Exception ex) when (ex is CorpusFormatException or InvalidOperationException or DirectoryNotFoundException)
        {
            Console.Error.WriteLine($"split-corpus: {ex.Message}");
            return 2;
        }
    }
}
