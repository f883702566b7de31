using Coach.Analysis.Classification;

namespace Coach.Analysis.Playbook;

/// <summary>
/// Reads which situations a search query describes: situation ids written out, the bilingual cue
/// table, and the classifiers' labels for the query read as a customer line and as a rep line
/// ("客户说已经在用金蝶了" reads as a competitor objection).
/// </summary>
public sealed partial class QueryUnderstanding(UtteranceClassifier? classifier, SituationCueTable cues,
    SituationModel? situationModel = null)
{
    private const double CueWeight = 1.0;
    private const double ClassifierWeight = 0.7;
    private const float ClassifierFloor = 0.45f;
    private const double SituationModelWeight = 1.0;
    private const int SituationModelTop = 3;

    /// <summary>With the cue table of a playbook folder and the situation model of a models folder, when present.</summary>
    public static QueryUnderstanding Load(UtteranceClassifier classifier, string playbookFolder, string modelsFolder)
    {
        var table = Path.Combine(playbookFolder, "situation-cues.yml");
        return new QueryUnderstanding(classifier, File.Exists(table) ? SituationCueTable.Load(table) : SituationCueTable.Empty,
            SituationModel.LoadIfPresent(modelsFolder));
    }

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
            var spoken = SpokenPart(query);
            var readings = spoken == query ? [query] : new[] { query, spoken };
            foreach (var (text, speaker) in readings.SelectMany(t => new[] { (t, Speaker.Customer), (t, Speaker.Rep) }))
            {
                var analysis = classifier.Classify(text, speaker);
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

        if (situationModel is not null)
        {
            foreach (var (id, p) in situationModel.Read(query).Take(SituationModelTop))
            {
                Raise(weights, id, SituationModelWeight * p);
            }
        }

        return weights;
    }

    /// <summary>
    /// What the customer (or rep) is reported to have said: the quoted words when there are quotes,
    /// else the query without a leading "客户说" / "the prospect says" that the models never saw in calls.
    /// </summary>
    internal static string SpokenPart(string query)
    {
        var quoted = QuotePattern().Match(query);
        if (quoted.Success)
        {
            return quoted.Groups[1].Value;
        }

        var reported = ReportPattern().Match(query);
        return reported.Success && reported.Length < query.Length ? query[reported.Length..] : query;
    }

    [System.Text.RegularExpressions.GeneratedRegex("[\"“「『']([^\"”」』']{2,})[\"”」』']")]
    private static partial System.Text.RegularExpressions.Regex QuotePattern();

    [System.Text.RegularExpressions.GeneratedRegex(
        "^\\s*(?:(?:the|our|a|my)\\s+)?(?:[\\w\\s]{0,30}?\\s)?(?:customer|client|prospect|buyer|lead|they|he|she|cfo|ceo|owner|manager)s?\\s+(?:says?|said|tells? me|told me|keeps? saying|asks?|asked|is saying|are saying|goes|went)(?:\\s+that)?[\\s:,]*|^.{0,10}?(?:客户|对方|顾客|老板|采购|他们|他|她|领导|经理|总监|主任|院长|校长|店长|厂长|甲方|买家)[^说讲问]{0,4}?(?:说|讲|表示|问|反馈|提到|抱怨|觉得)[:：,，\\s]*",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReportPattern();

    private static void Raise(Dictionary<string, double> weights, string id, double value) =>
        weights[id] = Math.Max(weights.GetValueOrDefault(id), value);
}
