namespace Coach.Analysis.Text;

/// <summary>
/// Where the features of one line come from, in normalised-text positions (map them back with
/// <see cref="Alignment"/>): the characters the character n-grams read, the tokens of the word n-grams
/// and every cue match. Built only when evidence is asked for.
/// </summary>
internal sealed class FeatureTrace(TextAlignment alignment, string modelChars, int[] modelCharPositions,
    IReadOnlyList<TracedToken> tokens, IReadOnlyList<TracedCue> cues)
{
    /// <summary>Start-of-text marker of ML.NET's character tokenizer.</summary>
    public const char StartMarker = '\u0002';

    /// <summary>End-of-text marker of ML.NET's character tokenizer.</summary>
    public const char EndMarker = '\u0003';

    public TextAlignment Alignment { get; } = alignment;

    /// <summary>
    /// The characters as ML.NET's character n-grams read them: punctuation and combining marks removed,
    /// framed by <see cref="StartMarker"/> and <see cref="EndMarker"/>.
    /// </summary>
    public string ModelChars { get; } = modelChars;

    /// <summary>For each character of <see cref="ModelChars"/>, its index in the normalised text (-1 for the markers).</summary>
    public IReadOnlyList<int> ModelCharPositions { get; } = modelCharPositions;

    /// <summary>The tokens of the word n-grams, in order, as ML.NET reads them.</summary>
    public IReadOnlyList<TracedToken> Tokens { get; } = tokens;

    /// <summary>Every cue match, including the question cues.</summary>
    public IReadOnlyList<TracedCue> Cues { get; } = cues;
}

/// <summary>One token of the word n-grams and its characters in the normalised text.</summary>
internal readonly record struct TracedToken(string Token, int Start, int Length);

/// <summary>One match of a cue token (e.g. <c>cue_price</c>) in the normalised text.</summary>
internal readonly record struct TracedCue(string Cue, int Start, int Length);
