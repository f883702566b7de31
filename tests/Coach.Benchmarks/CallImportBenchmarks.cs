using System.Text;
using BenchmarkDotNet.Attributes;
using Coach.Analysis.Calls;
using Coach.Analysis.Classification;
using Coach.Analysis.Playbook;
using Coach.Analysis.Storage;
using Coach.Analysis.Suggestions;
using Coach.Analysis.Transcripts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Coach.Benchmarks;

/// <summary>
/// Importing a one-hour call (700 cues of Teams WebVTT) as <c>POST /api/calls/import</c> does it: parse, label
/// and advise every line, score the call, and store it whole in SQLite (WAL). Target: ≤ 300 ms.
/// </summary>
[MemoryDiagnoser]
public class CallImportBenchmarks
{
    private readonly TranscriptLimits _limits = new();
    private byte[] _oneHourCall = [];
    private CallImporter _importer = null!;
    private string _folder = "";

    [GlobalSetup]
    public void Setup()
    {
        _oneHourCall = Encoding.UTF8.GetBytes(SyntheticTranscript.Create(700));
        var models = Environment.GetEnvironmentVariable("COACH_MODELS") ?? Path.Combine(AppContext.BaseDirectory, "models");
        var classifier = UtteranceClassifier.Load(models);
        var index = new InProcessPlaybookIndex();
        index.UpsertAsync(PlaybookLoader.LoadFolder(SyntheticPlaybook.ShippedFolder), CancellationToken.None).GetAwaiter().GetResult();
        var search = new PlaybookSearch(index, QueryUnderstanding.Load(classifier, SyntheticPlaybook.ShippedFolder, models));
        var options = new SuggestionOptions();

        _folder = Path.Combine(Path.GetTempPath(), "coach-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var dbOptions = new DbContextOptionsBuilder<SqliteCoachDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "coach.db")}").AddInterceptors(new SqlitePragmas()).Options;
        var contexts = new CoachDbContextFactory<SqliteCoachDbContext>(new PooledDbContextFactory<SqliteCoachDbContext>(dbOptions));
        using (var db = contexts.CreateDbContext())
        {
            db.Database.Migrate();
            db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
        }

        _importer = new CallImporter(classifier, new SuggestionEngine(search, options), options, TimeProvider.System, new CallStore(contexts));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public int ImportOneHourCall()
    {
        var transcript = TranscriptParser.Parse(_oneHourCall, TranscriptFormat.WebVtt, [SyntheticTranscript.Rep], _limits);
        var (_, scorecard) = _importer.ImportAsync(transcript, "rep.bench", "bench", "One hour", CancellationToken.None).GetAwaiter().GetResult();
        return scorecard.Lines;
    }
}
