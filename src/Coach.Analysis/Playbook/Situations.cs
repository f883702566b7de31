using Coach.Analysis.Classification;

namespace Coach.Analysis.Playbook;

/// <summary>The situation ids of labels.md: <c>task.label</c> for every non-none label, plus roles and stages.</summary>
public static class Situations
{
    public static readonly IReadOnlyList<string> Roles =
        ["role.decision_maker", "role.gatekeeper", "role.user", "role.influencer"];

    public static readonly IReadOnlyList<string> Stages =
        ["stage.opening", "stage.discovery", "stage.presentation", "stage.follow_up"];

    public static IReadOnlyList<string> All { get; } =
    [
        .. ClassifierTask.All.SelectMany(t => t.Labels.Where(l => l != "none").Select(l => $"{t.Name}.{l}")),
        .. Roles,
        .. Stages,
    ];

    private static readonly HashSet<string> Known = [.. All];

    public static bool IsKnown(string? id) => id is not null && Known.Contains(id);

    /// <summary>The situation a classifier label stands for, or null for a none label.</summary>
    public static string? ForLabel(ClassifierTask task, string label) =>
        label == "none" ? null : $"{task.Name}.{label}";
}
