namespace Coach.Analysis.Transcripts;

/// <summary>
/// An uploaded transcript that cannot be read: says what is wrong and, when it is one place, the
/// 1-based line of the file (<see cref="Line"/> is null for problems of the whole file).
/// </summary>
public sealed class TranscriptFormatException(int? line, string problem)
    : Exception(line is null ? problem : $"Line {line}: {problem}")
{
    public int? Line { get; } = line;
}
