using Coach.Analysis.Classification;

namespace Coach.Analysis.Playbook;

/// <summary>
/// Reads which situations a search query describes: situation ids written out, the bilingual cue
/// table, and the classifiers' labels for the query read as a customer line and as a rep line
/// ("客户说已经在用金蝶了" reads as a competitor objection).
/// </summary>
public sealed class QueryUnderstanding(UtteranceClassifier? classifier, SituationCueTable cues)
{
    private const double CueWeight = 1.0;
    private const double ClassifierWeight = 0.7;
    private const float ClassifierFloor = 0.45f;

    public IReadOnlyDictionary<string, double> Situations(string query)
    {
        var weights = new Dictionary<string, double>();
        foreach (var id in Playbook.Situations.All)
        {
            if (query.Contains(id, StringComparison.OrdinalIgnoreCase))
            {
                Raise(weights, id, 2.0);
            }
        }

        foreach (var id in cues.Match(query))
        {
            Raise(weights, id, CueWeight);
        }

        if (classifier is not null)
        {
            foreach (var speaker in new[] { Speaker.Customer, Speaker.Rep })
            {
                var analysis = classifier.Classify(query, speaker);
                foreach (var (task, label) in analysis.Labels)
                {
                    var p = analysis.Scores[task][label];
                    if (label is "none" or "not_question" || p < ClassifierFloor)
                    {
                        continue;
                    }

                    Raise(weights, $"{task}.{label}", ClassifierWeight * p);
                }
            }
        }

        return weights;
    }

    private static void Raise(Dictionary<string, double> weights, string id, double value) =>
        weights[id] = Math.Max(weights.GetValueOrDefault(id), value);
}
