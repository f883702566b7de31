using Coach.Analysis.Classification;

namespace Coach.Analysis.Tests.Classification;

public sealed class ModelCatalogTests(ShippedModelsFixture fixture) : IClassFixture<ShippedModelsFixture>
{
    [Fact]
    public void CatalogListsEveryTaskWithItsVersionTrainerAndPerLabelMetrics()
    {
        var catalog = ModelCatalog.Read(fixture.Classifier, TestPaths.Models);

        Assert.Equal(ClassifierTask.All.Select(t => t.Name), catalog.Select(e => e.Task));
        foreach (var entry in catalog)
        {
            var task = ClassifierTask.Find(entry.Task)!;
            Assert.Equal(fixture.Classifier[task].Version, entry.Version);
            Assert.Equal(task.FileName, entry.File);
            Assert.Equal(task.Speaker.ToName(), entry.Speaker);
            Assert.Equal("LbfgsMaximumEntropy", entry.Trainer);
            Assert.NotNull(entry.DevMacroF1);
            Assert.Equal(task.Labels, entry.Labels.Keys);
            Assert.All(entry.Labels.Values, m =>
            {
                Assert.InRange(m.Precision, 0, 1);
                Assert.InRange(m.Recall, 0, 1);
                Assert.InRange(m.F1, 0, 1);
                Assert.True(m.Support > 0);
            });
        }
    }

    [Fact]
    public void CatalogWithoutMetricsFileStillListsTheLoadedModels()
    {
        var folder = TestPaths.NewTempFolder();

        var catalog = ModelCatalog.Read(fixture.Classifier, folder);

        Assert.Equal(ClassifierTask.All.Count, catalog.Count);
        Assert.All(catalog, e =>
        {
            Assert.Null(e.Trainer);
            Assert.Empty(e.Labels);
            Assert.Matches("^[0-9a-f]{12}$", e.Version);
        });
    }
}
