using System.Text;
using Coach.Analysis.Text;

namespace Coach.Analysis.Corpus;

/// <summary>
/// Drops lines whose text repeats an earlier one, exactly or nearly (Jaccard similarity of character
/// trigrams of the letters-only text at or above a threshold), so a paraphrase cannot sit in both
/// the training and the dev split. Candidates come from an inverted index of trigrams, so only lines
/// that share trigrams are compared. A MinHash library would do the same; none is on our mirror.
/// </summary>
public sealed class NearDuplicateFilter(double threshold = 0.8)
{
    public (List<LabeledUtterance> Kept, List<(LabeledUtterance Dropped, LabeledUtterance Like)> Dropped) Filter(
        IEnumerable<LabeledUtterance> items)
    {
        var kept = new List<LabeledUtterance>();
        var keptShingles = new List<HashSet<string>>();
        var dropped = new List<(LabeledUtterance, LabeledUtterance)>();
        var index = new Dictionary<string, List<int>>();
        var overlap = new Dictionary<int, int>();

        foreach (var item in items)
        {
            var shingles = Shingles(item.Text);
            overlap.Clear();
            foreach (var s in shingles)
            {
                if (index.TryGetValue(s, out var postings))
                {
                    foreach (var k in postings)
                    {
                        overlap[k] = overlap.GetValueOrDefault(k) + 1;
                    }
                }
            }

            var like = -1;
            foreach (var (k, shared) in overlap)
            {
                var union = shingles.Count + keptShingles[k].Count - shared;
                if (union > 0 && (double)shared / union >= threshold)
                {
                    like = k;
                    break;
                }
            }

            if (like >= 0 || shingles.Count == 0 && kept.Any(k => Key(k.Text) == Key(item.Text)))
            {
                dropped.Add((item, like >= 0 ? kept[like] : item));
                continue;
            }

            var id = kept.Count;
            kept.Add(item);
            keptShingles.Add(shingles);
            foreach (var s in shingles)
            {
                if (!index.TryGetValue(s, out var postings))
                {
                    index[s] = postings = [];
                }

                postings.Add(id);
            }
        }

        return (kept, dropped);
    }

    /// <summary>The text with case, width and everything but letters and digits removed.</summary>
    public static string Key(string text)
    {
        var normalized = UtteranceFeaturizer.Normalize(text);
        var sb = new StringBuilder(normalized.Length);
        foreach (var ch in normalized)
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    private static HashSet<string> Shingles(string text)
    {
        var key = Key(text);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= key.Length; i++)
        {
            set.Add(key.Substring(i, 3));
        }

        if (set.Count == 0 && key.Length > 0)
        {
            set.Add(key);
        }

        return set;
    }
}
