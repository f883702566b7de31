using System.Diagnostics;

namespace Coach.Api.Tests;

/// <summary>
/// A real PostgreSQL (Debian's package) in a temporary folder on a free loopback port, for one test
/// class. Run as the postgres user when the tests run as root (initdb refuses root). CI installs the
/// package (.ci/run); on a machine without it the tests that need it fail and say how to install it.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coach-pg-" + Guid.NewGuid().ToString("N"));
    private string _bin = "";
    private int _port;

    /// <summary>A connection string for a database of its own (created by the service's migrations).</summary>
    public string NewDatabase() =>
        $"Host=127.0.0.1;Port={_port};Username=coach;Database=coach_{Guid.NewGuid():N};Pooling=true;Timeout=10";

    public async Task InitializeAsync()
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
            await RunAsync("chown", "postgres:postgres", _folder);
        }

        _port = ServiceProcess.FreePort();
        await RunPgAsync("initdb", "-D", _folder + "/data", "-U", "coach", "-A", "trust", "--no-sync", "-E", "UTF8");
        await RunPgAsync("pg_ctl", "-D", _folder + "/data", "-l", _folder + "/log", "-w", "-o",
            $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    }

    public async Task DisposeAsync()
    {
        try
        {
            await RunPgAsync("pg_ctl", "-D", _folder + "/data", "-m", "immediate", "-w", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private Task RunPgAsync(string tool, params string[] args) => Environment.UserName == "root"
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
        : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(start.ArgumentList.Add);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {await error}{await output}");
        }
    }
}
