namespace Coach.Analysis.Tests;

/// <summary>Files the test project copies beside itself: the shipped models and the corpus splits.</summary>
internal static class TestPaths
{
    public static string Models => Path.Combine(AppContext.BaseDirectory, "models");

    public static string Train => Path.Combine(AppContext.BaseDirectory, "corpus", "train.jsonl");

    public static string Dev => Path.Combine(AppContext.BaseDirectory, "corpus", "dev.jsonl");

    public static string Playbook => Path.Combine(AppContext.BaseDirectory, "playbook");

    public static string PlaybookQueries => Path.Combine(AppContext.BaseDirectory, "corpus", "playbook-queries.jsonl");

    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "coach-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
