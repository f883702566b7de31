namespace Coach.Analysis.Playbook;

/// <summary>Options of the playbook (section <c>Coach:Playbook</c>).</summary>
public sealed class PlaybookOptions
{
    public const string Section = "Coach:Playbook";

    /// <summary>Folder of the shipped snippets (*.md) and situation-cues.yml; relative to the application's base folder.</summary>
    public string Path { get; set; } = "playbook";

    /// <summary>Folder where admins' additions, edits and deletions are kept; relative to the content root.</summary>
    public string EditsPath { get; set; } = System.IO.Path.Combine("App_Data", "playbook-edits");

    /// <summary>
    /// How often (seconds) to look for edits other instances made in a shared <see cref="EditsPath"/>; 0: never
    /// (one instance alone needs it not).
    /// </summary>
    public int RefreshSeconds { get; set; } = 5;
}
