namespace Coach.Analysis.Corpus;

/// <summary>A labeled file that does not follow the labels.md format; says which file and line.</summary>
public sealed class CorpusFormatException(string file, int line, string problem)
    : Exception($"{file}:{line}: {problem}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}
