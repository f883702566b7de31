using Coach.Analysis.Classification;
using Coach.Analysis.Corpus;

namespace Coach.Analysis.Tests.Corpus;

public sealed class ShippedCorpusTests
{
    [Fact]
    public void CorpusIsHalfChineseHalfEnglishAndLargeEnough()
    {
        var all = CorpusReader.ReadFile(TestPaths.Train).Concat(CorpusReader.ReadFile(TestPaths.Dev)).ToList();

        Assert.True(all.Count >= 6000, $"{all.Count} lines");
        var zhShare = all.Count(u => u.Lang == "zh") / (double)all.Count;
        Assert.InRange(zhShare, 0.4, 0.6);
    }

    [Fact]
    public void EveryLabelHasAtLeast150TrainingExamplesInEachLanguage()
    {
        var train = CorpusReader.ReadFile(TestPaths.Train).Concat(CorpusReader.ReadFile(TestPaths.Dev)).ToList();
        var thin = new List<string>();
        foreach (var task in ClassifierTask.All)
        {
            foreach (var label in task.Labels.Where(l => l != "none"))
            {
                foreach (var lang in new[] { "zh", "en" })
                {
                    var count = train.Count(u => u.Lang == lang && u.LabelOf(task) == label);
                    if (count < 150)
                    {
                        thin.Add($"{task.Name}.{label} ({lang}): {count}");
                    }
                }
            }
        }

        Assert.Empty(thin);
    }
}
