using Coach.Analysis.Text;
using YamlDotNet.Serialization;

namespace Coach.Analysis.Playbook;

/// <summary>
/// The bilingual table of situation cues (<c>situation-cues.yml</c> in the playbook folder): which
/// words of a query point at which situation, in either language.
/// </summary>
public sealed class SituationCueTable
{
    private readonly CueMatcher _matcher;
    private readonly string[] _situations;

    public SituationCueTable(IReadOnlyDictionary<string, string[]> cues)
    {
        var unknown = cues.Keys.Where(k => !Situations.IsKnown(k)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidOperationException($"Situation cue table names unknown situations: {string.Join(", ", unknown)}.");
        }

        _situations = [.. cues.Keys];
        _matcher = new CueMatcher(cues);
    }

    public static SituationCueTable Empty { get; } = new(new Dictionary<string, string[]>());

    public static SituationCueTable Load(string path)
    {
        var raw = new DeserializerBuilder().Build()
            .Deserialize<Dictionary<string, Dictionary<string, List<string>>>>(File.ReadAllText(path)) ?? [];
        return new SituationCueTable(raw.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Values.SelectMany(v => v).ToArray()));
    }

    /// <summary>The situations whose cues occur in the text.</summary>
    public IReadOnlyList<string> Match(string text)
    {
        var normalized = UtteranceFeaturizer.Normalize(text);
        Span<bool> found = stackalloc bool[_situations.Length];
        _matcher.Match(normalized, UtteranceFeaturizer.Words(normalized), found);
        var result = new List<string>();
        for (var i = 0; i < found.Length; i++)
        {
            if (found[i])
            {
                result.Add(_situations[i]);
            }
        }

        return result;
    }
}
