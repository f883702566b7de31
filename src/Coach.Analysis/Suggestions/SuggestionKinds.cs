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

    public const string Urgent = "urgent";
    public const string High = "high";
    public const string Normal = "normal";

    /// <summary>
    /// How much a kind of advice matters now: an objection or a buying signal is answered in the rep's next
    /// breath (urgent, never held back by the rate limit); a missed signal or an unexplored need is high;
    /// nudges about the rep's own habits are normal.
    /// </summary>
    public static string PriorityOf(string kind) => kind switch
    {
        HandleObjection or TryClose => Urgent,
        MissedSignal or ImplicationQuestion or TestFalseNeed => High,
        _ => Normal,
    };

    public static int Rank(string priority) => priority switch
    {
        Urgent => 0,
        High => 1,
        _ => 2,
    };

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
