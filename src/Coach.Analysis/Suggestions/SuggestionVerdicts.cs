namespace Coach.Analysis.Suggestions;

/// <summary>What a rep says about a suggestion.</summary>
public static class SuggestionVerdicts
{
    public const string Used = "used";
    public const string Dismissed = "dismissed";
    public const string Wrong = "wrong";

    public static readonly IReadOnlyList<string> All = [Used, Dismissed, Wrong];
}
