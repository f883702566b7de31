using Coach.Analysis.Text;

namespace Coach.Analysis.Classification;

/// <summary>
/// Maps contributing features back to the line: a character n-gram to each of its occurrences in the
/// characters ML.NET read (widened to whole words in Latin script), a word n-gram to its run of tokens, a
/// cue token to each of its matches. A feature's contribution is shared among its occurrences. Spans are
/// moved to the original text, trimmed of whitespace and punctuation (dropped if nothing is left), merged
/// where they overlap or touch, and ranked by summed contribution.
/// </summary>
internal static class EvidenceLocator
{
    public static IReadOnlyList<EvidenceSpan> Locate(FeatureTrace trace,
        IReadOnlyList<(FeatureSlot Slot, double Contribution)> features, int maxSpans)
    {
        var normalized = trace.Alignment.Normalized;
        var candidates = new List<(int Start, int End, double Weight)>();
        var occurrences = new List<(int Start, int End)>();
        foreach (var (slot, contribution) in features)
        {
            occurrences.Clear();
            switch (slot.Kind)
            {
                case FeatureKind.Char:
                    FindChars(trace, slot.Chars, occurrences);
                    break;
                case FeatureKind.Word:
                    FindTokens(trace.Tokens, slot.Tokens, occurrences);
                    break;
                case FeatureKind.Cue:
                    foreach (var cue in trace.Cues)
                    {
                        if (cue.Cue == slot.Chars)
                        {
                            occurrences.Add((cue.Start, cue.Start + cue.Length));
                        }
                    }

                    break;
            }

            foreach (var (start, end) in occurrences)
            {
                var (from, length) = trace.Alignment.ToOriginal(start, end - start);
                if (Trim(trace.Alignment.Original, from, from + length) is { } trimmed)
                {
                    candidates.Add((trimmed.Start, trimmed.End, contribution / occurrences.Count));
                }
            }
        }

        return Merge(candidates, trace.Alignment.Original, maxSpans);

        void FindChars(FeatureTrace t, string gram, List<(int Start, int End)> found)
        {
            for (var at = t.ModelChars.IndexOf(gram, StringComparison.Ordinal); at >= 0;
                 at = t.ModelChars.IndexOf(gram, at + 1, StringComparison.Ordinal))
            {
                int first = -1, last = -1;
                for (var k = at; k < at + gram.Length; k++)
                {
                    var position = t.ModelCharPositions[k];
                    if (position >= 0)
                    {
                        first = first < 0 ? position : first;
                        last = position;
                    }
                }

                if (first >= 0)
                {
                    found.Add(WidenToWord(normalized, first, last + 1));
                }
            }
        }
    }

    private static void FindTokens(IReadOnlyList<TracedToken> tokens, IReadOnlyList<string> gram, List<(int Start, int End)> found)
    {
        for (var i = 0; i + gram.Count <= tokens.Count; i++)
        {
            var match = true;
            for (var k = 0; k < gram.Count && match; k++)
            {
                match = tokens[i + k].Token == gram[k];
            }

            if (match)
            {
                var last = tokens[i + gram.Count - 1];
                found.Add((tokens[i].Start, last.Start + last.Length));
            }
        }
    }

    /// <summary>A character n-gram inside an English word stands for the word ("hig" for "higher").</summary>
    private static (int Start, int End) WidenToWord(string text, int start, int end)
    {
        if (IsWordChar(text[start]))
        {
            while (start > 0 && IsWordChar(text[start - 1]))
            {
                start--;
            }
        }

        if (IsWordChar(text[end - 1]))
        {
            while (end < text.Length && IsWordChar(text[end]))
            {
                end++;
            }
        }

        return (start, end);

        static bool IsWordChar(char ch) => char.IsAsciiLetterOrDigit(ch) || ch is '\'' or '-';
    }

    private static (int Start, int End)? Trim(string text, int start, int end)
    {
        while (start < end && IsFiller(text[start]))
        {
            start++;
        }

        while (end > start && IsFiller(text[end - 1]))
        {
            end--;
        }

        return start < end ? (start, end) : null;

        static bool IsFiller(char ch) => char.IsWhiteSpace(ch) || char.IsPunctuation(ch) || char.IsSymbol(ch);
    }

    private static IReadOnlyList<EvidenceSpan> Merge(List<(int Start, int End, double Weight)> candidates, string text, int max)
    {
        var merged = new List<(int Start, int End, double Weight)>();
        foreach (var span in candidates.OrderBy(c => c.Start).ThenBy(c => c.End))
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = (last.Start, Math.Max(last.End, span.End), last.Weight + span.Weight);
            }
            else
            {
                merged.Add(span);
            }
        }

        return
        [
            .. merged.OrderByDescending(m => m.Weight).Take(max)
                .Select(m => new EvidenceSpan(m.Start, m.End - m.Start, text[m.Start..m.End], Math.Round(m.Weight, 4))),
        ];
    }
}
