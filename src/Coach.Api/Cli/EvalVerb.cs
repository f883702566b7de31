using System.CommandLine;
using System.Text.Json;
using Coach.Analysis.Classification;
using Coach.Analysis.Corpus;
using Coach.Analysis.Evaluation;

namespace Coach.Api.Cli;

/// <summary><c>eval --data FILE.jsonl [--json]</c>: scores the shipped models on a labeled file.</summary>
public static class EvalVerb
{
    public static Command Create()
    {
        var data = new Option<FileInfo>("--data") { Description = "Labeled JSON Lines file (labels.md format).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print exactly one JSON object." };
        var models = new Option<DirectoryInfo>("--models")
        {
            Description = "Folder of the model files (default: the shipped models).",
            DefaultValueFactory = _ => new DirectoryInfo(CliVerbs.DefaultModelsFolder()),
        };
        var command = new Command("eval", "Score the models on a labeled file.") { data, json, models };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(json), parse.GetValue(models)!));
        return command;
    }

    private static int Run(FileInfo data, bool json, DirectoryInfo models)
    {
        try
        {
            var items = CorpusReader.ReadFile(data.FullName);
            var classifier = UtteranceClassifier.Load(models.FullName);
            var report = ModelEvaluator.Evaluate(classifier, items);
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(report));
                return 0;
            }

            Console.WriteLine($"{items.Count} lines from {data.FullName}");
            foreach (var (task, metrics) in report.Tasks)
            {
                Console.WriteLine($"{task,-10} accuracy {metrics.Accuracy:0.000}  macro-F1 {metrics.MacroF1:0.000}  ({metrics.Support} lines)");
                foreach (var (label, m) in metrics.Labels)
                {
                    Console.WriteLine($"    {label,-16} P {m.Precision:0.000}  R {m.Recall:0.000}  F1 {m.F1:0.000}  n={m.Support}");
                }
            }

            return 0;
        }
        catch (Exception ex) when (ex is CorpusFormatException or FileNotFoundException or ModelLoadException)
        {
            Console.Error.WriteLine($"eval: {ex.Message}");
            return 2;
        }
    }
}
