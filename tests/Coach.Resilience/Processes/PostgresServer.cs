namespace Coach.Resilience.Processes;

/// <summary>
/// A real PostgreSQL (Debian's package) in a temporary folder on a free loopback port. Run as the postgres user
/// when running as root (initdb refuses root). It can be stopped and started again on the same port and data.
/// Without the package it says how to install it.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coach-pg-" + Guid.NewGuid().ToString("N"));
    private string _bin = "";

    public int Port { get; } = Ports.Free();

    public bool IsRunning { get; private set; }

    /// <summary>A connection string for a database of its own (created by the service's migrations).</summary>
    public string NewDatabase() =>
        $"Host=127.0.0.1;Port={Port};Username=coach;Database=coach_{Guid.NewGuid():N};Pooling=true;Timeout=10";

    /// <summary>Creates the cluster (first time) and starts the server.</summary>
    public async Task StartAsync()
    {
        if (_bin.Length == 0)
        {
            _bin = Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).OrderDescending()
                    .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb"))) ?? ""
                : "";
            if (_bin.Length == 0)
            {
                throw new InvalidOperationException("PostgreSQL is not installed: apt-get install postgresql (the CI script does).");
            }

            Directory.CreateDirectory(_folder);
            if (Environment.UserName == "root")
            {
                await ToolRunner.RunAsync("chown", "postgres:postgres", _folder);
            }

            await RunPgAsync("initdb", "-D", _folder + "/data", "-U", "coach", "-A", "trust", "--no-sync", "-E", "UTF8");
        }

        await RunPgAsync("pg_ctl", "-D", _folder + "/data", "-l", _folder + "/log", "-w", "-o",
            $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300", "start");
        IsRunning = true;
    }

    /// <summary>Stops the server at once (immediate mode: open connections are cut, as in a crash).</summary>
    public async Task StopAsync()
    {
        if (IsRunning)
        {
            await RunPgAsync("pg_ctl", "-D", _folder + "/data", "-m", "immediate", "-w", "stop");
            IsRunning = false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }

    private Task RunPgAsync(string tool, params string[] args) => Environment.UserName == "root"
        ? ToolRunner.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
        : ToolRunner.RunAsync(Path.Combine(_bin, tool), args);
}
