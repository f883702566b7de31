namespace Coach.Analysis.Transcripts;

/// <summary>Gathers a reader's utterances and holds them to the limits as they come.</summary>
internal sealed class UtteranceCollector(TranscriptLimits limits)
{
    private readonly List<NamedUtterance> _items = [];

    public IReadOnlyList<NamedUtterance> Items => _items;

    /// <summary>Adds an utterance; one whose text is empty is skipped.</summary>
    public void Add(string? name, string text, long? startMs, int line)
    {
        text = text.Trim();
        if (text.Length == 0)
        {
            return;
        }

        if (text.Length > limits.MaxTextLength)
        {
            throw new TranscriptFormatException(line,
                $"the utterance is {text.Length} characters; at most {limits.MaxTextLength} are accepted for one utterance.");
        }

        name = name is null ? null : TranscriptText.Squeeze(name);
        if (name is { Length: 0 })
        {
            name = null;
        }
        else if (name is not null && name.Length > limits.MaxNameLength)
        {
            throw new TranscriptFormatException(line,
                $"the speaker name '{TranscriptText.Clip(name)}' is {name.Length} characters; at most {limits.MaxNameLength} are accepted.");
        }

        if (_items.Count >= limits.MaxLines)
        {
            throw new TranscriptFormatException(line,
                $"the transcript has more than {limits.MaxLines} utterances; at most {limits.MaxLines} are accepted.");
        }

        _items.Add(new NamedUtterance(name, text, startMs, line));
    }
}
