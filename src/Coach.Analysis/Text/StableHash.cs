namespace Coach.Analysis.Text;

/// <summary>
/// FNV-1a over UTF-16 code units: string.GetHashCode is randomised per process, and fold assignment,
/// dev splits and sparse-vector indices must not move between runs or machines.
/// </summary>
public static class StableHash
{
    public static uint Of(string s)
    {
        var hash = 2166136261u;
        foreach (var ch in s)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return hash;
    }
}
