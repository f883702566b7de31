using Coach.Analysis.Text;

namespace Coach.Analysis.Corpus;

/// <summary>Deduplicates the raw corpus and splits it into training and held-out dev lines.</summary>
public static class CorpusSplitter
{
    public sealed record SplitResult(
        IReadOnlyList<LabeledUtterance> Train,
        IReadOnlyList<LabeledUtterance> Dev,
        IReadOnlyList<(LabeledUtterance Dropped, LabeledUtterance Like)> Duplicates);

    /// <summary>
    /// Every line goes to dev with probability <paramref name="devFraction"/>, decided by a stable hash
    /// of its id, so adding lines never moves old ones between the splits.
    /// </summary>
    public static SplitResult Split(IEnumerable<LabeledUtterance> raw, double devFraction = 0.15, double nearDuplicate = 0.8)
    {
        var ids = new HashSet<string>();
        var unique = new List<LabeledUtterance>();
        foreach (var item in raw)
        {
            if (!ids.Add(item.Id))
            {
                throw new InvalidOperationException($"Line id '{item.Id}' occurs twice in the corpus.");
            }

            unique.Add(item);
        }

        var (kept, dropped) = new NearDuplicateFilter(nearDuplicate).Filter(unique);
        var threshold = (uint)(devFraction * uint.MaxValue);
        var train = new List<LabeledUtterance>();
        var dev = new List<LabeledUtterance>();
        foreach (var item in kept)
        {
            (Mix(StableHash.Of(item.Id)) < threshold ? dev : train).Add(item);
        }

        return new SplitResult(train, dev, dropped);
    }

    // FNV-1a's low bits are uneven for ids that differ only in their last digits; a finaliser spreads them.
    private static uint Mix(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }
}
