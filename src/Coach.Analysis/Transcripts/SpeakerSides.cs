using Coach.Analysis.Classification;

namespace Coach.Analysis.Transcripts;

/// <summary>
/// Which named speakers are the rep. With rep names given, a speaker is the rep when their name
/// equals one of them ignoring case and surrounding or repeated white space ("jane  doe" is "Jane
/// Doe", but "Jane" is not "Jane Doe"); everyone else is the customer. Without rep names, the first
/// named speaker is taken to be the rep and <see cref="Guessed"/> is true. An utterance without a
/// name is always the customer's: nothing says it is the rep's.
/// </summary>
internal sealed class SpeakerSides
{
    /// <summary>How many of the transcript's speakers an error message lists.</summary>
    private const int NamesListed = 10;

    private readonly HashSet<string> _reps;

    private SpeakerSides(HashSet<string> reps, bool guessed)
    {
        _reps = reps;
        Guessed = guessed;
    }

    public bool Guessed { get; }

    /// <summary>
    /// Decides from the speakers' names in order of speaking. Throws when no utterance has a name, or
    /// when rep names are given but none of them speaks (listing the names that do).
    /// </summary>
    public static SpeakerSides Decide(IEnumerable<string?> namesInOrder, IReadOnlyCollection<string> repNames)
    {
        var speakers = namesInOrder.OfType<string>().Select(Normalize).Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (speakers.Count == 0)
        {
            throw new TranscriptFormatException(null,
                "No utterance names its speaker (as '<v Name>' or 'Name: text'), so the rep's lines cannot be told from the customer's.");
        }

        var reps = repNames.Select(Normalize).Where(n => n.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (reps.Count == 0)
        {
            return new SpeakerSides(new HashSet<string>([speakers[0]], StringComparer.OrdinalIgnoreCase), guessed: true);
        }

        if (!speakers.Any(reps.Contains))
        {
            var listed = string.Join(", ", speakers.Take(NamesListed).Select(TranscriptText.Clip));
            var more = speakers.Count > NamesListed ? $" and {speakers.Count - NamesListed} more" : "";
            var given = string.Join(", ", reps.Take(NamesListed).Select(TranscriptText.Clip));
            throw new TranscriptFormatException(null,
                $"None of the rep names ({given}) speaks in this transcript; the speakers are: {listed}{more}.");
        }

        return new SpeakerSides(reps, guessed: false);
    }

    public Speaker SideOf(string? name) =>
        name is not null && _reps.Contains(Normalize(name)) ? Speaker.Rep : Speaker.Customer;

    private static string Normalize(string name) => TranscriptText.Squeeze(name);
}
