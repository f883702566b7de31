using System.CommandLine;
using System.Diagnostics;
using Coach.Analysis.Classification;
using Coach.Analysis.Corpus;
using Coach.Analysis.Playbook;
using Coach.Analysis.Training;

namespace Coach.Api.Cli;

/// <summary><c>train [--data DIR] [--out models/]</c>: trains every classifier from the corpus.</summary>
public static class TrainVerb
{
    public static Command Create()
    {
        var data = new Option<DirectoryInfo>("--data")
        {
            Description = "Corpus folder holding train.jsonl (and dev.jsonl, scored after training).",
            DefaultValueFactory = _ => new DirectoryInfo("data"),
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder the model files, metrics.json and README.md are written to.",
            DefaultValueFactory = _ => new DirectoryInfo("models"),
        };
        var trainer = new Option<TrainerKind?>("--trainer")
        {
            Description = "Use this trainer for every task instead of comparing the candidates.",
        };
        var playbook = new Option<DirectoryInfo>("--playbook")
        {
            Description = "Playbook folder whose titles and keywords join data/situation-queries in training the search's situation model.",
            DefaultValueFactory = _ => new DirectoryInfo("playbook"),
        };
        var tasks = new Option<string[]>("--tasks")
        {
            Description = "Train only these (need, signal, objection, spin, close, situation); default all.",
            AllowMultipleArgumentsPerToken = true,
        };
        var corrections = new Option<FileInfo?>("--with-corrections")
        {
            Description = "Coaches' corrections as JSONL (GET /api/corrections): folded into training; the eval before and after is printed.",
        };
        var weight = new Option<int>("--correction-weight")
        {
            Description = "How many times each correction counts in training.", DefaultValueFactory = _ => 3,
        };
        var command = new Command("train", "Train every classifier from the labeled corpus.")
        {
            data, output, trainer, playbook, tasks, corrections, weight,
        };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(trainer), parse.GetValue(playbook)!,
            parse.GetValue(tasks) is { Length: > 0 } t ? [.. t.SelectMany(x => x.Split(','))] : null,
            parse.GetValue(corrections), parse.GetValue(weight)));
        return command;
    }

    private static int Run(DirectoryInfo data, DirectoryInfo output, TrainerKind? only, DirectoryInfo playbook, string[]? tasks,
        FileInfo? correctionsFile, int correctionWeight)
    {
        if (correctionWeight is < 1 or > 20)
        {
            Console.Error.WriteLine("train: --correction-weight must be 1-20.");
            return 2;
        }

        var unknown = tasks?.Where(t => t != "situation" && ClassifierTask.Find(t) is null).ToArray() ?? [];
        if (unknown.Length > 0)
        {
            Console.Error.WriteLine($"train: unknown task(s) {string.Join(", ", unknown)}; use need, signal, objection, spin, close or situation.");
            return 2;
        }

        if (tasks is ["situation"])
        {
            return Guard(() => TrainSituationModel(data, output, playbook));
        }

        var trainPath = Path.Combine(data.FullName, "train.jsonl");
        var devPath = Path.Combine(data.FullName, "dev.jsonl");
        try
        {
            var train = CorpusReader.ReadFile(trainPath);
            var dev = File.Exists(devPath) ? CorpusReader.ReadFile(devPath) : null;
            var corrections = correctionsFile is null ? null : Corrections.Read(correctionsFile, dev);
            var before = corrections is null ? null : Corrections.Evaluate(output.FullName, dev, corrections);
            if (corrections is not null)
            {
                train = [.. train, .. Enumerable.Repeat(corrections, correctionWeight).SelectMany(c => c)];
            }

            Console.Error.WriteLine($"Training on {train.Count} lines from {trainPath}" +
                (dev is null ? " (no dev.jsonl: no dev scores)" : $", scoring {dev.Count} dev lines from {devPath}"));
            var clock = Stopwatch.StartNew();
            void Report(string line) => Console.Error.WriteLine(line);
            var trainer = only is { } kind ? new ClassifierTrainer(Report) { Candidates = [kind] } : new ClassifierTrainer(Report);
            var selected = ClassifierTask.All.Where(t => tasks is null || tasks.Contains(t.Name)).ToList();
            var results = selected.Select((task, i) =>
            {
                Console.Error.WriteLine($"[{i + 1}/{selected.Count}] {task.Name}");
                return trainer.TrainTask(task, train, dev, output.FullName);
            }).ToList();
            if (selected.Count == ClassifierTask.All.Count)
            {
                ModelReport.Write(output.FullName, results, train, DateTime.UtcNow);
            }
            else
            {
                Console.Error.WriteLine("models/README.md and metrics.json are written only when every task is trained.");
            }

            if (tasks is null || tasks.Contains("situation"))
            {
                TrainSituationModel(data, output, playbook);
            }

            if (corrections is not null)
            {
                Corrections.PrintComparison(before, Corrections.Evaluate(output.FullName, dev, corrections), selected);
            }

            Console.Error.WriteLine($"Done in {clock.Elapsed.TotalSeconds:0.0} s; models in {output.FullName}");
            return 0;
        }
        catch (Exception ex) when (ex is CorpusFormatException or FileNotFoundException or InvalidOperationException
            or InvalidDataException or SnippetValidationException or DirectoryNotFoundException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"train: {ex.Message}");
            return 2;
        }
    }

    private static int Guard(Action action)
    {
        try
        {
            action();
            return 0;
        }
        catch (Exception ex) when (ex is InvalidDataException or SnippetValidationException or DirectoryNotFoundException
            or FileNotFoundException or System.Text.Json.JsonException)
        {
            Console.Error.WriteLine($"train: {ex.Message}");
            return 2;
        }
    }

    /// <summary>The playbook search's situation model, from data/situation-queries and the playbook, when both are there.</summary>
    private static void TrainSituationModel(DirectoryInfo data, DirectoryInfo output, DirectoryInfo playbook)
    {
        var queriesFolder = Path.Combine(data.FullName, "situation-queries");
        if (!Directory.Exists(queriesFolder) || !playbook.Exists)
        {
            Console.Error.WriteLine($"[+] situation model skipped: needs {queriesFolder} and {playbook.FullName}");
            return;
        }

        var queries = Directory.EnumerateFiles(queriesFolder, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(SearchEvaluation.ReadCases).ToList();
        var snippets = PlaybookLoader.LoadFolder(playbook.FullName);
        var count = SituationModel.Train(queries, snippets, output.FullName);
        Console.Error.WriteLine($"[+] situation model for playbook search: {count} examples ({queries.Count} queries, {snippets.Count} snippet titles)");
    }
}
