using System.Diagnostics;

namespace Coach.Resilience.Processes;

/// <summary>
/// A real Redis (Debian's redis-server) on a free loopback port, nothing persisted. It can be stopped and started
/// again on the same port, to take the backplane away mid-run. Without the package it says how to install it.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private const string Binary = "/usr/bin/redis-server";
    private Process? _process;

    public int Port { get; } = Ports.Free();

    public string ConnectionString => $"127.0.0.1:{Port}";

    public bool IsRunning => _process is { HasExited: false };

    public async Task StartAsync()
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException("redis-server is not installed: apt-get install redis-server (the CI script does).");
        }

        var start = new ProcessStartInfo(Binary,
            ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Ports.WaitListeningAsync(Port, TimeSpan.FromSeconds(10), "redis-server");
    }

    /// <summary>Kills the server (as a crash or a network cut would take it away).</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
