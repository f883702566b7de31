namespace Coach.Analysis.Text;

/// <summary>
/// Finds the cues of <see cref="CueLexicon"/> in normalised text. Chinese cues are looked up by their
/// first character, English cues by their first word, so a line costs one pass over it.
/// </summary>
internal sealed class CueMatcher
{
    private readonly Dictionary<char, List<(string Pattern, int Cue)>> _chinese = [];
    private readonly Dictionary<string, List<(string[] Words, bool Prefix, int Cue)>> _englishByWord = [];
    private readonly Dictionary<string, List<(string[] Words, bool Prefix, int Cue)>> _englishByStem = [];
    private readonly List<(string[] Parts, int Cue)> _gapped = [];
    private const int StemLength = 3;

    /// <summary>Most characters a gapped cue ("问出…痛点") lets stand between its parts.</summary>
    private const int MaxGap = 6;

    public CueMatcher(IReadOnlyDictionary<string, string[]> cues)
    {
        CueNames = [.. cues.Keys.Select(k => "cue_" + k)];
        var index = 0;
        foreach (var (_, patterns) in cues)
        {
            foreach (var raw in patterns)
            {
                var pattern = raw.ToLowerInvariant().Replace("'", "", StringComparison.Ordinal);
                if (pattern.Contains('…'))
                {
                    _gapped.Add((pattern.Split('…', StringSplitOptions.RemoveEmptyEntries), index));
                    continue;
                }

                if (pattern.Any(Language.IsCjk))
                {
                    Add(_chinese, pattern[0], (pattern, index));
                    continue;
                }

                var prefix = pattern.EndsWith('*');
                var words = pattern.TrimEnd('*').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 1 && prefix)
                {
                    Add(_englishByStem, words[0][..Math.Min(StemLength, words[0].Length)], (words, true, index));
                }
                else
                {
                    Add(_englishByWord, words[0], (words, prefix, index));
                }
            }

            index++;
        }
    }

    /// <summary>The cue token of each lexicon group, in lexicon order.</summary>
    public IReadOnlyList<string> CueNames { get; }

    /// <summary>Marks in <paramref name="found"/> (one flag a cue group) every group that occurs.</summary>
    public void Match(string text, IReadOnlyList<string> words, Span<bool> found)
    {
        var sink = new FlagSink(found);
        Match(text, words, ref sink);
    }

    /// <summary>
    /// Reports every occurrence of every cue to <paramref name="sink"/>: Chinese and gapped cues as character
    /// ranges of <paramref name="text"/>, English cues as word ranges of <paramref name="words"/>. A sink that
    /// no longer wants a group skips its remaining patterns, so the flag sink of <see cref="Match(string, IReadOnlyList{string}, Span{bool})"/>
    /// stops at the first match of each group as before.
    /// </summary>
    public void Match<TSink>(string text, IReadOnlyList<string> words, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!_chinese.TryGetValue(text[i], out var candidates))
            {
                continue;
            }

            foreach (var (pattern, cue) in candidates)
            {
                if (sink.Wants(cue) && string.CompareOrdinal(text, i, pattern, 0, pattern.Length) == 0)
                {
                    sink.AddChars(cue, i, pattern.Length);
                }
            }
        }

        foreach (var (parts, cue) in _gapped)
        {
            if (sink.Wants(cue))
            {
                MatchGapped(text, parts, cue, ref sink);
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (_englishByWord.TryGetValue(word, out var byWord))
            {
                MatchPhrases(byWord, words, i, ref sink);
            }

            if (word.Length >= StemLength && _englishByStem.TryGetValue(word[..StemLength], out var byStem))
            {
                foreach (var (stem, _, cue) in byStem)
                {
                    if (sink.Wants(cue) && word.StartsWith(stem[0], StringComparison.Ordinal))
                    {
                        sink.AddWords(cue, i, 1);
                    }
                }
            }
        }
    }

    private static void MatchGapped<TSink>(string text, string[] parts, int cue, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct
    {
        var at = text.IndexOf(parts[0], StringComparison.Ordinal);
        while (at >= 0 && sink.Wants(cue))
        {
            var end = at + parts[0].Length;
            var ok = true;
            for (var k = 1; k < parts.Length && ok; k++)
            {
                var next = text.IndexOf(parts[k], end, StringComparison.Ordinal);
                ok = next >= 0 && next - end <= MaxGap;
                end = ok ? next + parts[k].Length : end;
            }

            if (ok)
            {
                sink.AddChars(cue, at, end - at);
            }

            at = text.IndexOf(parts[0], at + 1, StringComparison.Ordinal);
        }
    }

    private static void MatchPhrases<TSink>(List<(string[] Words, bool Prefix, int Cue)> candidates, IReadOnlyList<string> words,
        int start, ref TSink sink)
        where TSink : struct, ICueSink, allows ref struct
    {
        foreach (var (phrase, prefix, cue) in candidates)
        {
            if (!sink.Wants(cue) || start + phrase.Length > words.Count)
            {
                continue;
            }

            var match = true;
            for (var k = 1; k < phrase.Length && match; k++)
            {
                var isLast = k == phrase.Length - 1;
                match = prefix && isLast
                    ? words[start + k].StartsWith(phrase[k], StringComparison.Ordinal)
                    : words[start + k] == phrase[k];
            }

            if (match && (phrase.Length > 1 || !prefix || words[start].StartsWith(phrase[0], StringComparison.Ordinal)))
            {
                sink.AddWords(cue, start, phrase.Length);
            }
        }
    }

    /// <summary>The hot path's sink: one flag a cue group, set by the first match.</summary>
    private readonly ref struct FlagSink(Span<bool> found) : ICueSink
    {
        private readonly Span<bool> _found = found;

        public bool Wants(int cue) => !_found[cue];

        public void AddChars(int cue, int start, int length) => _found[cue] = true;

        public void AddWords(int cue, int firstWord, int count) => _found[cue] = true;
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
