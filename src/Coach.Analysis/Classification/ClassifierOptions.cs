namespace Coach.Analysis.Classification;

/// <summary>Options of the classifiers (section <c>Coach:Models</c>).</summary>
public sealed class ClassifierOptions
{
    public const string Section = "Coach:Models";

    /// <summary>Folder of the model files; relative paths are resolved against the application's base folder.</summary>
    public string Path { get; set; } = "models";
}
