namespace Coach.Analysis.Playbook;

/// <summary>A snippet that breaks the playbook's rules; <see cref="Errors"/> lists each problem by field.</summary>
public sealed class SnippetValidationException(string source, IReadOnlyDictionary<string, string[]> errors)
    : Exception($"{source}: " + string.Join("; ", errors.SelectMany(e => e.Value)))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
