namespace Coach.Analysis.Suggestions;

/// <summary>Options of the suggestions (section <c>Coach:Suggestions</c>).</summary>
public sealed class SuggestionOptions
{
    public const string Section = "Coach:Suggestions";

    /// <summary>The same advice (kind and situation) is not repeated within this many lines of a call.</summary>
    public int CooldownLines { get; set; } = 8;

    /// <summary>Situation questions among the rep's last questions that prompt "move to problem questions".</summary>
    public int SituationQuestionsBeforeNudge { get; set; } = 3;

    /// <summary>Rep statements in a row that prompt "ask a question".</summary>
    public int StatementsBeforeNudge { get; set; } = 4;

    /// <summary>Apart from urgent advice (objections, buying signals), at most one suggestion per this many seconds of a call.</summary>
    public int MinSecondsBetween { get; set; } = 10;

    /// <summary>Kinds of advice given at most once per call (habit nudges that would nag if repeated).</summary>
    public List<string> OncePerCall { get; set; } = [SuggestionKinds.MoveToProblem, SuggestionKinds.AskAQuestion];

    /// <summary>Playbook snippets attached to each suggestion.</summary>
    public int SnippetsPerSuggestion { get; set; } = 2;
}
