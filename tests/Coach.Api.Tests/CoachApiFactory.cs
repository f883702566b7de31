using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Coach.Api.Tests;

/// <summary>The real service on Kestrel on a free loopback port, with the shipped models and playbook.</summary>
public sealed class CoachApiFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public CoachApiFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    internal CoachApiFactory(IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings);
        // Admins' playbook edits go to a folder of this test run, not the content root.
        all.TryAdd("Coach:Playbook:EditsPath", NewEditsFolder());
        all.TryAdd("ConnectionStrings:Coach", NewDatabase());
        _settings = all;
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
    }

    /// <summary>A SQLite database of its own for each host of a test.</summary>
    public static string NewDatabase()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coach-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "coach.db")}";
    }

    public static string NewEditsFolder() => Path.Combine(Path.GetTempPath(), "coach-tests", Guid.NewGuid().ToString("N"), "edits");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
