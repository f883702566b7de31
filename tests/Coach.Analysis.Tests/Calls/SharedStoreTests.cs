using System.Text.Json;
using Coach.Analysis.Calls;
using Coach.Analysis.Classification;
using Coach.Analysis.Storage;
using Coach.Analysis.Suggestions;
using Coach.Analysis.Tests.Classification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Coach.Analysis.Tests.Calls;

/// <summary>
/// Calls on a real SQLite file shared by two registries, each with its own store writer, as two service
/// instances share one database; and a store that cannot be reached for a while.
/// </summary>
public sealed class SharedStoreTests(ShippedModelsFixture models) : IClassFixture<ShippedModelsFixture>, IDisposable
{
    private static readonly SuggestionOptions Options = new();
    private static readonly string[] Script =
    [
        "What does month-end close cost your team today?",
        "About three days, and finance works late every time.",
        "What happens to reporting when the close slips?",
        "Honestly, your price is far above what we pay for our current tool.",
        "Which tools are you comparing us with?",
        "If we started a pilot, how soon could it go live?",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coach-shared-" + Guid.NewGuid().ToString("N"));

    private string Database => Path.Combine(_folder, "db", "coach.db");

    [Fact]
    public async Task AResendToAnInstanceHoldingAnOlderCopyTakesTheStoredLineAndCatchesUpInsteadOfStoringItTwice()
    {
        var engine = new SuggestionEngine(await models.ShippedSearchAsync(), Options);
        var first = new CallRegistry(TimeProvider.System, Options, await StoreAsync());
        var second = new CallRegistry(TimeProvider.System, Options, await StoreAsync());

        var onFirst = await first.StartAsync("rep.east", "east", "moved-1", null, "en", CancellationToken.None);
        await SendAsync(onFirst, engine, 1, 3);
        var olderCopy = (await second.FindAsync("moved-1", CancellationToken.None))!;
        await SendAsync(onFirst, engine, 4, 5);

        // The sender's connection moves to the second instance and resends line 4, which the first had stored.
        var (resent, repeated) = await olderCopy.AddAsync(4, Speaker.Customer, Script[3], null, 4000, models.Classifier, engine, CancellationToken.None);
        var resumed = (await second.FindCurrentAsync("moved-1", CancellationToken.None))!;
        await SendAsync(resumed, engine, 6, 6);
        await SendAsync(onFirst, engine, 6, 6);

        Assert.True(repeated);
        Assert.Equal("price", resent.Labels["objection"]);
        Assert.Same(olderCopy, resumed);
        Assert.Equal([1, 2, 3, 4, 5, 6], resumed.Lines.Select(l => l.Seq));
        Assert.Equal(Json(await onFirst.ScorecardAsync(CancellationToken.None)), Json(await resumed.ScorecardAsync(CancellationToken.None)));
        Assert.Equal(1, (await resumed.ScorecardAsync(CancellationToken.None)).ObjectionsRaised);
    }

    [Fact]
    public async Task ALineTheStoreCannotTakeIsRefusedAndLeavesTheCallAsItWasSoItsResendCountsOnce()
    {
        var engine = new SuggestionEngine(await models.ShippedSearchAsync(), Options);
        var registry = new CallRegistry(TimeProvider.System, Options, await StoreAsync());
        var call = await registry.StartAsync("rep.east", "east", "outage-1", null, "auto", CancellationToken.None);
        await SendAsync(call, engine, 1, 3);

        // The database goes away (its folder is moved; connections are not pooled, so the next write cannot open it).
        Directory.Move(Path.GetDirectoryName(Database)!, Path.Combine(_folder, "away"));
        var refused = await Assert.ThrowsAsync<LineNotStoredException>(() =>
            call.AddAsync(4, Speaker.Customer, Script[3], null, 4000, models.Classifier, engine, CancellationToken.None));
        Directory.Move(Path.Combine(_folder, "away"), Path.GetDirectoryName(Database)!);
        var (line, repeated) = await call.AddAsync(4, Speaker.Customer, Script[3], null, 4000, models.Classifier, engine, CancellationToken.None);

        Assert.Equal(4, refused.Seq);
        Assert.Contains("resend", refused.Message, StringComparison.OrdinalIgnoreCase);
        Assert.False(repeated);
        Assert.Equal("price", line.Labels["objection"]);
        var scorecard = await call.ScorecardAsync(CancellationToken.None);
        Assert.Equal(4, scorecard.Lines);
        Assert.Equal(1, scorecard.ObjectionsRaised);
        var stored = await new CallRegistry(TimeProvider.System, Options, await StoreAsync(migrate: false)).FindAsync("outage-1", CancellationToken.None);
        Assert.Equal([1, 2, 3, 4], stored!.Lines.Select(l => l.Seq));
        Assert.Equal("en", stored.Lang);
    }

    private async Task SendAsync(CallSession call, SuggestionEngine engine, int from, int to)
    {
        for (var seq = from; seq <= to; seq++)
        {
            await call.AddAsync(seq, seq % 2 == 1 ? Speaker.Rep : Speaker.Customer, Script[seq - 1], null, seq * 1000L,
                models.Classifier, engine, CancellationToken.None);
        }
    }

    private async Task<CallStore> StoreAsync(bool migrate = true)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
        var options = new DbContextOptionsBuilder<SqliteCoachDbContext>().UseSqlite($"Data Source={Database};Pooling=False").Options;
        var contexts = new PooledDbContextFactory<SqliteCoachDbContext>(options);
        if (migrate)
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.MigrateAsync();
        }

        return new CallStore(new CoachDbContextFactory<SqliteCoachDbContext>(contexts));
    }

    private static string Json(Scorecard scorecard) => JsonSerializer.Serialize(scorecard);

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
