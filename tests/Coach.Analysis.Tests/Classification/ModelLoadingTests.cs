using Coach.Analysis.Classification;

namespace Coach.Analysis.Tests.Classification;

public sealed class ModelLoadingTests
{
    [Fact]
    public void MissingModelFileStopsLoadingWithTheFileNamed()
    {
        var folder = TestPaths.NewTempFolder();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Models, "*.zip").Where(f => !f.EndsWith("signal.zip")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var error = Assert.Throws<ModelLoadException>(() => UtteranceClassifier.Load(folder));

        Assert.Contains(Path.Combine(folder, "signal.zip"), error.Message);
        Assert.Contains("missing", error.Message);
    }

    [Fact]
    public void CorruptModelFileStopsLoadingWithTheFileNamed()
    {
        var folder = TestPaths.NewTempFolder();
        foreach (var file in Directory.EnumerateFiles(TestPaths.Models, "*.zip"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(folder, "close.zip"), "this is not a zip file");

        var error = Assert.Throws<ModelLoadException>(() => UtteranceClassifier.Load(folder));

        Assert.Contains(Path.Combine(folder, "close.zip"), error.Message);
        Assert.Contains("not a readable ML.NET model", error.Message);
    }
}
