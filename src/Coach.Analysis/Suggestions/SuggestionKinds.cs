namespace Coach.Analysis.Suggestions;

/// <summary>The kinds of advice the coach gives, and which close fits each buying signal (促成四法).</summary>
public static class SuggestionKinds
{
    public const string ImplicationQuestion = "implication_question";
    public const string TestFalseNeed = "test_false_need";
    public const string PresentAgainstNeed = "present_against_need";
    public const string HandleObjection = "handle_objection";
    public const string TryClose = "try_close";
    public const string MoveToProblem = "move_to_problem";
    public const string MissedSignal = "missed_signal";
    public const string AskAQuestion = "ask_a_question";

    /// <summary>The closing technique that fits a buying signal best.</summary>
    public static string CloseFor(string signal) => signal switch
    {
        "price_inquiry" => "alternative",
        "trial" => "alternative",
        "reference" => "bandwagon",
        "timeline" => "assumptive",
        "implementation" => "assumptive",
        "next_step" => "assumptive",
        _ => "alternative",
    };
}
