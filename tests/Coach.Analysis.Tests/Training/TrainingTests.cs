using Coach.Analysis.Classification;
using Coach.Analysis.Corpus;
using Coach.Analysis.Evaluation;
using Coach.Analysis.Training;

namespace Coach.Analysis.Tests.Training;

public sealed class TrainingTests
{
    [Fact]
    public void TrainingOnASmallSliceWritesModelsThatLoadAndLearnTheSlice()
    {
        var corpus = CorpusReader.ReadFile(TestPaths.Train);
        var slice = corpus.Where((_, i) => i % 8 == 0).ToList();
        var folder = TestPaths.NewTempFolder();
        var progress = new List<string>();
        var trainer = new ClassifierTrainer(progress.Add) { Candidates = [TrainerKind.SdcaMaximumEntropy], Folds = 2 };

        var results = trainer.TrainAll(slice, dev: null, folder);

        Assert.Equal(ClassifierTask.All.Select(t => t.Name), results.Select(r => r.Task.Name));
        Assert.All(ClassifierTask.All, t => Assert.True(File.Exists(Path.Combine(folder, t.FileName))));
        Assert.Contains(progress, line => line.StartsWith("[5/5] close", StringComparison.Ordinal));

        var classifier = UtteranceClassifier.Load(folder);
        var report = ModelEvaluator.Evaluate(classifier, slice);
        Assert.All(report.Tasks.Values, m => Assert.True(m.Accuracy > 0.8, $"training accuracy {m.Accuracy}"));
    }

    [Fact]
    public void RetrainingWithTheSameSeedGivesTheSamePredictions()
    {
        var corpus = CorpusReader.ReadFile(TestPaths.Train).Where((_, i) => i % 16 == 0).ToList();
        var first = TestPaths.NewTempFolder();
        var second = TestPaths.NewTempFolder();
        var trainer = new ClassifierTrainer(_ => { }) { Candidates = [TrainerKind.SdcaMaximumEntropy], Folds = 2 };

        trainer.TrainTask(ClassifierTask.Objection, corpus, null, first);
        trainer.TrainTask(ClassifierTask.Objection, corpus, null, second);

        var a = ModelFile.Load(new Microsoft.ML.MLContext(seed: 1), ClassifierTask.Objection, first);
        var b = ModelFile.Load(new Microsoft.ML.MLContext(seed: 1), ClassifierTask.Objection, second);
        var examples = TrainingExamples.For(ClassifierTask.Objection, corpus.Take(100));
        foreach (var (input, _, _) in examples)
        {
            var outA = new ModelOutput();
            var outB = new ModelOutput();
            a.Predict(input, ref outA);
            b.Predict(input, ref outB);
            Assert.Equal(outA.Score, outB.Score);
        }
    }
}
