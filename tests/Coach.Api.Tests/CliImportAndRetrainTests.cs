using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Coach.Analysis.Classification;

namespace Coach.Api.Tests;

/// <summary>The operator's verbs against a running service: import a folder of transcripts; retrain with coaches' corrections.</summary>
public sealed class CliImportAndRetrainTests
{
    private const string Key = "ingest-key-0123456789abcdef";

    [Fact]
    public async Task AFolderOfTranscriptsIsImportedAndABrokenFileIsReportedWithoutStoppingTheRest()
    {
        await using var factory = new CoachApiFactory(new Dictionary<string, string?>
        {
            ["Coach:ApiKeys:0:Key"] = Key, ["Coach:ApiKeys:0:Role"] = "ingest",
        });
        var folder = ServiceProcess.NewFolder();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Samples", "zoom-demo.vtt"), Path.Combine(folder, "a-zoom.vtt"));
        Directory.CreateDirectory(Path.Combine(folder, "more"));
        await File.WriteAllTextAsync(Path.Combine(folder, "more", "b-plain.txt"), ReviewApiTests.KnownCall);
        await File.WriteAllTextAsync(Path.Combine(folder, "c-broken.vtt"), "NOT A VTT FILE\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "notes.md"), "not a transcript");

        var (exit, output, error) = await CliProcess.RunAsync(folder, "import", folder, "--url", factory.ClientOptions.BaseAddress.ToString(),
            "--key", Key, "--rep", "Marcus Lee", "--rep", "Sam");

        Assert.Equal(1, exit);
        Assert.Contains("Imported 2 of 3 calls.", output);
        Assert.Contains("c-broken.vtt: 400 Line 1", error);
        Assert.Contains("[3/3]", error);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        var titles = (await client.GetFromJsonAsync<JsonElement>("/api/calls")).EnumerateArray().Select(c => c.GetProperty("title").GetString()).Order();
        Assert.Equal(["a-zoom", "b-plain"], titles);
    }

    [Fact]
    public async Task ACorrectionMadeInReviewIsLearnedByTheRetrainedModel()
    {
        await using var factory = new CoachApiFactory();
        await using var coach = await SignedInClient.SignInAsync(factory, "coach.east");
        var imported = await ImportApiTests.ImportAsync(coach.Http, Encoding.UTF8.GetBytes(ReviewApiTests.KnownCall), "text/plain", "?rep=Sam");
        var call = await imported.Content.ReadFromJsonAsync<JsonElement>();
        var callId = call.GetProperty("callId").GetString()!;
        var line = call.GetProperty("utterances")[3];
        var text = line.GetProperty("text").GetString()!;
        var modelNeed = line.GetProperty("labels").GetProperty("need").GetString();
        var corrected = modelNeed == "explicit" ? "latent" : "explicit";
        Assert.Equal(System.Net.HttpStatusCode.OK,
            (await coach.Http.PutAsJsonAsync($"/api/calls/{callId}/utterances/4/labels", new { need = corrected })).StatusCode);
        var work = ServiceProcess.NewFolder();
        await File.WriteAllTextAsync(Path.Combine(work, "corrections.jsonl"), await coach.Http.GetStringAsync("/api/corrections"));

        // A small corpus so the test trains in seconds: the first lines of the shipped training and dev splits.
        var data = Directory.CreateDirectory(Path.Combine(work, "data")).FullName;
        var root = CliProcess.RepositoryRoot();
        await File.WriteAllLinesAsync(Path.Combine(data, "train.jsonl"), File.ReadLines(Path.Combine(root, "data", "train.jsonl")).Take(800));
        await File.WriteAllLinesAsync(Path.Combine(data, "dev.jsonl"), File.ReadLines(Path.Combine(root, "data", "dev.jsonl")).Take(200));
        var models = Directory.CreateDirectory(Path.Combine(work, "models")).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "models"), "*.zip"))
        {
            File.Copy(file, Path.Combine(models, Path.GetFileName(file)));
        }

        var (exit, _, error) = await CliProcess.RunAsync(work, "train", "--data", data, "--out", models, "--tasks", "need",
            "--trainer", "LbfgsMaximumEntropy", "--with-corrections", Path.Combine(work, "corrections.jsonl"), "--correction-weight", "5");

        Assert.True(exit == 0, error);
        Assert.Contains("Folding in 1 corrected lines", error);
        Assert.Matches(@"need\s+\d\.\d{3} → \d\.\d{3}\s+\d\.\d{3} → 1\.000", error);
        var retrained = UtteranceClassifier.Load(models);
        Assert.Equal(corrected, retrained.Classify(text, Speaker.Customer, "en").Labels["need"]);
    }

    [Fact]
    public async Task ABacktestReplaysTheStoredCallsAndWithTheSameModelsFindsNothingChanged()
    {
        var folder = ServiceProcess.NewFolder();
        using (var service = ServiceProcess.Start(folder, ServiceProcess.FreePort(), new Dictionary<string, string>
        {
            ["Coach__ApiKeys__0__Key"] = Key, ["Coach__ApiKeys__0__Role"] = "ingest",
        }))
        {
            await service.WaitForHealthAsync();
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{service.Port}") };
            http.DefaultRequestHeaders.Add("X-Api-Key", Key);
            var content = new StringContent(ReviewApiTests.KnownCall, Encoding.UTF8, "text/plain");
            Assert.Equal(System.Net.HttpStatusCode.Created, (await http.PostAsync("/api/calls/import?rep=Sam", content)).StatusCode);
            await service.KillAsync();
        }

        // The same database as the service above (ServiceProcess gives it this connection string).
        var (exit, output, error) = await CliProcess.RunAsync(folder,
            new Dictionary<string, string> { ["ConnectionStrings__Coach"] = $"Data Source={Path.Combine(folder, "coach.db")}" },
            "backtest", "--edits", Path.Combine(folder, "edits"));

        Assert.True(exit == 0, error);
        Assert.Contains("Replayed 1 calls, 12 lines", output);
        Assert.Contains("Labels changed (task): none", output);
        Assert.Contains("Suggestions added (kind): none", output);
        Assert.Contains("Suggestions removed (kind): none", output);
    }
}
