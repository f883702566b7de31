namespace Coach.Analysis.Text;

/// <summary>
/// Receives the cue matches of <see cref="CueMatcher"/>. Implemented by structs so the matcher is
/// specialised per sink: the classifier's flag sink costs what the old boolean loop cost, and only
/// evidence requests pay for positions.
/// </summary>
internal interface ICueSink
{
    /// <summary>Whether further matches of <paramref name="cue"/> are of interest.</summary>
    bool Wants(int cue);

    /// <summary>A Chinese or gapped cue at characters [start, start + length) of the normalised text.</summary>
    void AddChars(int cue, int start, int length);

    /// <summary>An English cue over <paramref name="count"/> words from word index <paramref name="firstWord"/>.</summary>
    void AddWords(int cue, int firstWord, int count);
}
