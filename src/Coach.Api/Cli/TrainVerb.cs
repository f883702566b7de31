using System.CommandLine;
using System.Diagnostics;
using Coach.Analysis.Classification;
using Coach.Analysis.Corpus;
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
        var command = new Command("train", "Train every classifier from the labeled corpus.") { data, output, trainer };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(output)!, parse.GetValue(trainer)));
        return command;
    }

    private static int Run(DirectoryInfo data, DirectoryInfo output, TrainerKind? only)
    {
        var trainPath = Path.Combine(data.FullName, "train.jsonl");
        var devPath = Path.Combine(data.FullName, "dev.jsonl");
        try
        {
            var train = CorpusReader.ReadFile(trainPath);
            var dev = File.Exists(devPath) ? CorpusReader.ReadFile(devPath) : null;
            Console.Error.WriteLine($"Training on {train.Count} lines from {trainPath}" +
                (dev is null ? " (no dev.jsonl: no dev scores)" : $", scoring {dev.Count} dev lines from {devPath}"));
            var clock = Stopwatch.StartNew();
            var trainer = new ClassifierTrainer(line => Console.Error.WriteLine(line))
            {
                Candidates = only is { } kind ? [kind] : new ClassifierTrainer(_ => { }).Candidates,
            };
            var results = trainer.TrainAll(train, dev, output.FullName);
            ModelReport.Write(output.FullName, results, train, DateTime.UtcNow);
            Console.Error.WriteLine($"Done in {clock.Elapsed.TotalSeconds:0.0} s; models in {output.FullName}");
            return 0;
        }
        catch (Exception ex) when (ex is CorpusFormatException or FileNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"train: {ex.Message}");
            return 2;
        }
    }
}
