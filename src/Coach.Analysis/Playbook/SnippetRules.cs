using System.Text.RegularExpressions;
using Coach.Analysis.Text;

namespace Coach.Analysis.Playbook;

/// <summary>What makes a snippet valid: a clean id, a known language and situations, and a body short enough to read during a call.</summary>
public static partial class SnippetRules
{
    public const int MaxChineseCharacters = 200;
    public const int MaxEnglishWords = 120;
    public const int MaxTitleLength = 120;

    public static readonly IReadOnlyList<string> StageNames =
        ["opening", "discovery", "presentation", "objection_handling", "closing", "follow_up"];

    public static readonly IReadOnlyList<string> RoleNames = ["decision_maker", "gatekeeper", "user", "influencer"];

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,119}$")]
    private static partial Regex IdPattern();

    public static Dictionary<string, string[]> Check(PlaybookSnippet s)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IdPattern().IsMatch(s.Id))
        {
            errors["id"] = [$"id '{s.Id}' must be 2-120 lowercase letters, digits and hyphens."];
        }

        if (string.IsNullOrWhiteSpace(s.Title) || s.Title.Length > MaxTitleLength)
        {
            errors["title"] = [$"title is required and at most {MaxTitleLength} characters."];
        }

        if (!Language.IsSupported(s.Lang))
        {
            errors["lang"] = [$"lang '{s.Lang}' must be zh or en."];
        }

        if (s.Situations.Count == 0)
        {
            errors["situations"] = ["situations must list at least one situation id."];
        }
        else if (s.Situations.Where(x => !Situations.IsKnown(x)).ToArray() is { Length: > 0 } unknown)
        {
            errors["situations"] = [$"unknown situation id(s): {string.Join(", ", unknown)}. Known ids: {string.Join(", ", Situations.All)}."];
        }

        if (s.Stage is not null && !StageNames.Contains(s.Stage))
        {
            errors["stage"] = [$"stage '{s.Stage}' must be one of {string.Join(", ", StageNames)}."];
        }

        if (s.Role is not null && !RoleNames.Contains(s.Role))
        {
            errors["role"] = [$"role '{s.Role}' must be one of {string.Join(", ", RoleNames)}."];
        }

        if (string.IsNullOrWhiteSpace(s.Text))
        {
            errors["text"] = ["the snippet body is empty."];
        }
        else if (s.Lang == Language.Chinese && s.Text.Count(Language.IsCjk) > MaxChineseCharacters)
        {
            errors["text"] = [$"a Chinese snippet has at most {MaxChineseCharacters} characters; this one has {s.Text.Count(Language.IsCjk)}."];
        }
        else if (s.Lang == Language.English && WordCount(s.Text) > MaxEnglishWords)
        {
            errors["text"] = [$"an English snippet has at most {MaxEnglishWords} words; this one has {WordCount(s.Text)}."];
        }

        return errors;
    }

    private static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
