using System.Text.Json.Serialization;

using Coach.Analysis.Text;

namespace Coach.Analysis.Playbook.Qdrant;

/// <summary>
/// A Qdrant sparse vector built from <see cref="SearchTokenizer"/> terms: each term hashed to a 32-bit
/// index (FNV-1a; collisions among a playbook's few thousand terms are rare and only merge two
/// weights). Documents carry BM25-saturated term frequencies; Qdrant's <c>modifier: idf</c> supplies
/// the inverse document frequency at query time, so together they score like BM25.
/// </summary>
public sealed record SparseVector(
    [property: JsonPropertyName("indices")] uint[] Indices,
    [property: JsonPropertyName("values")] float[] Values)
{
    private const double K1 = 1.2;

    public static SparseVector ForDocument(PlaybookSnippet s)
    {
        var tf = new Dictionary<uint, double>();
        void Count(IEnumerable<string> terms, int weight)
        {
            foreach (var t in terms)
            {
                var key = Hash(t);
                tf[key] = tf.GetValueOrDefault(key) + weight;
            }
        }

        Count(SearchTokenizer.Terms(s.Title), 2);
        Count(s.Keywords.SelectMany(SearchTokenizer.Terms), 2);
        Count(SearchTokenizer.Terms(s.Text), 1);
        var ordered = tf.OrderBy(kv => kv.Key).ToList();
        return new SparseVector([.. ordered.Select(kv => kv.Key)],
            [.. ordered.Select(kv => (float)(kv.Value * (K1 + 1) / (kv.Value + K1)))]);
    }

    public static SparseVector ForQuery(string text)
    {
        var keys = SearchTokenizer.Terms(text).Select(Hash).Distinct().Order().ToArray();
        return new SparseVector(keys, [.. keys.Select(_ => 1f)]);
    }

    private static uint Hash(string term) => StableHash.Of(term);
}
