namespace Coach.Analysis.Review;

/// <summary>The stable ids of the coaching points a reviewed call can get.</summary>
public static class CoachingPointKinds
{
    /// <summary>An objection the rep never resolved (异议没有处理).</summary>
    public const string UnhandledObjection = "unhandled_objection";

    /// <summary>A buying signal with no closing attempt after it (错过购买信号).</summary>
    public const string MissedSignal = "missed_signal";

    /// <summary>A latent need (潜在需求) with no implication or need-payoff question soon after.</summary>
    public const string LatentNeedNotDeveloped = "latent_need_not_developed";

    /// <summary>A false need (伪需求) the rep did not question.</summary>
    public const string FalseNeedNotTested = "false_need_not_tested";

    /// <summary>The rep spoke most of the call.</summary>
    public const string TalksTooMuch = "talks_too_much";

    /// <summary>One long stretch of the rep speaking without the customer.</summary>
    public const string LongMonologue = "long_monologue";

    /// <summary>Discovery stuck on situation (背景) questions.</summary>
    public const string TooManySituationQuestions = "too_many_situation_questions";

    /// <summary>Needs came up but no need-payoff (需求效益) question was asked.</summary>
    public const string NoNeedPayoff = "no_need_payoff";

    /// <summary>Buying signals, and no close of any of the four kinds (促成四法) in the whole call.</summary>
    public const string NoCloseAttempted = "no_close_attempted";

    /// <summary>The rep asked few questions for how much they said.</summary>
    public const string FewQuestions = "few_questions";
}
