namespace Coach.Resilience.Processes;

/// <summary>
/// The service as it is deployed: one instance on its own SQLite file, or several instances sharing a real
/// PostgreSQL and a real Redis (the SignalR backplane). All take one ingest API key (<see cref="Key"/>).
/// </summary>
public sealed class ServiceCluster : IAsyncDisposable
{
    public const string Key = "resilience-ingest-key-0123456789";

    private readonly List<ServiceProcess> _instances = [];
    private readonly List<string> _folders = [];
    private readonly Dictionary<string, string> _environment = [];

    private ServiceCluster()
    {
    }

    public IReadOnlyList<ServiceProcess> Instances => _instances;

    public IReadOnlyList<string> Urls => [.. _instances.Select(i => i.Url)];

    public PostgresServer? Postgres { get; private set; }

    public RedisServer? Redis { get; private set; }

    /// <summary>The shared PostgreSQL database's connection string (several instances); null on SQLite.</summary>
    public string? DatabaseConnectionString => _environment.GetValueOrDefault("ConnectionStrings__Coach");

    /// <summary>A short description for the printed figures.</summary>
    public string Description => _instances.Count == 1
        ? "1 instance, SQLite"
        : $"{_instances.Count} instances, PostgreSQL {Postgres!.Port} + Redis {Redis!.Port} backplane";

    /// <summary>Starts <paramref name="instances"/> service processes (and PostgreSQL and Redis when more than one) and waits until all are healthy.</summary>
    public static async Task<ServiceCluster> StartAsync(int instances, IReadOnlyDictionary<string, string>? settings = null)
    {
        var cluster = new ServiceCluster();
        try
        {
            var environment = cluster._environment;
            environment["Coach__ApiKeys__0__Key"] = Key;
            environment["Coach__ApiKeys__0__Role"] = "ingest";
            if (instances > 1)
            {
                cluster.Postgres = new PostgresServer();
                await cluster.Postgres.StartAsync();
                cluster.Redis = new RedisServer();
                await cluster.Redis.StartAsync();
                environment["ConnectionStrings__Coach"] = cluster.Postgres.NewDatabase();
                environment["ConnectionStrings__Redis"] = cluster.Redis.ConnectionString;
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                environment[key] = value;
            }

            for (var i = 0; i < instances; i++)
            {
                var folder = ServiceProcess.NewFolder();
                cluster._folders.Add(folder);
                cluster._instances.Add(ServiceProcess.Start(folder, Ports.Free(), environment));
                if (i == 0)
                {
                    // The first instance creates the shared database; the others start on it.
                    await cluster._instances[0].WaitForHealthAsync(TimeSpan.FromSeconds(120));
                }
            }

            await Task.WhenAll(cluster._instances.Skip(1).Select(i => i.WaitForHealthAsync(TimeSpan.FromSeconds(120))));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills instance <paramref name="index"/> with SIGKILL (no shutdown, no flush) and starts it again on the same port and folder.</summary>
    /// <returns>How long it took from the kill until the new process answered /health with 200.</returns>
    public async Task<TimeSpan> KillAndRestartAsync(int index)
    {
        var old = _instances[index];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await old.KillAsync();
        old.Dispose();
        var fresh = ServiceProcess.Start(_folders[index], old.Port, _environment);
        _instances[index] = fresh;
        await fresh.WaitForHealthAsync(TimeSpan.FromSeconds(120));
        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        _instances.ForEach(i => i.Dispose());
        if (Redis is not null)
        {
            await Redis.DisposeAsync();
        }

        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }

        foreach (var folder in _folders.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
