using Coach.Analysis.Calls;
using Coach.Analysis.Suggestions;

namespace Coach.Analysis.Review;

/// <summary>
/// Finds what a coach should raise first about a finished call, from its labeled lines and final state.
/// </summary>
/// <remarks>
/// <para>Severity (0–1) ranks the points; ties go to the earlier line. What the customer said and the rep
/// left lying outweighs how the rep talked:</para>
/// <list type="bullet">
/// <item>unhandled_objection: 0.80 + 0.20 × position of its latest line in the call (0 first line, 1 last): an objection left open at the end weighs most.</item>
/// <item>missed_signal: 0.80 + 0.20 × position of the latest missed signal.</item>
/// <item>no_close_attempted: 0.70.</item>
/// <item>latent_need_not_developed: 0.60.</item>
/// <item>false_need_not_tested: 0.50.</item>
/// <item>no_need_payoff: 0.45.</item>
/// <item>talks_too_much: 0.40 + (talk ratio − 0.65), at most 0.55.</item>
/// <item>long_monologue: 0.35 + 0.05 × (length ÷ threshold − 1), at most 0.45.</item>
/// <item>too_many_situation_questions: 0.35.</item>
/// <item>few_questions: 0.30.</item>
/// </list>
/// <para>So any unhandled objection or missed signal comes before a talk-ratio point. At most one point per kind,
/// except that two unhandled objections of different kinds may both appear.</para>
/// </remarks>
public static class CoachingPoints
{
    /// <summary>The rep's share of the words above which the rep talks too much.</summary>
    public const double MaxTalkRatio = 0.65;

    /// <summary>Calls shorter than this are too short to judge talk ratio or questioning.</summary>
    public const int MinLinesForTalkPoints = 6;

    /// <summary>Rep lines after a latent need within which an implication or need-payoff question develops it.</summary>
    public const int LatentNeedWindow = 4;

    /// <summary>Rep lines after a false need within which a question tests it.</summary>
    public const int FalseNeedWindow = 2;

    /// <summary>Characters of uninterrupted rep speech that make a long monologue in Chinese (about 45 seconds).</summary>
    public const int MonologueCharsZh = 200;

    /// <summary>Characters of uninterrupted rep speech that make a long monologue in English (about 45 seconds, ~100 words).</summary>
    public const int MonologueCharsEn = 600;

    /// <summary>More situation questions than this is too many (the playbook: ask three or four).</summary>
    public const int MaxSituationQuestions = 4;

    /// <summary>…and only when situation questions are more than this share of the rep's SPIN questions.</summary>
    public const double MaxSituationShare = 0.5;

    /// <summary>Questions under this share of the rep's lines are too few.</summary>
    public const double MinQuestionShare = 0.25;

    /// <summary>The rep must have spoken this many times before few_questions is judged.</summary>
    public const int MinRepLinesForQuestionShare = 6;

    /// <summary>Two different unhandled objections may both be shown.</summary>
    public const int MaxObjectionPoints = 2;

    internal const double ObjectionBase = 0.80, SignalBase = 0.80, LateBonus = 0.20, NoClose = 0.70, LatentNeed = 0.60, FalseNeed = 0.50,
        NoPayoff = 0.45, TalkBase = 0.40, TalkCap = 0.55, MonologueBase = 0.35, MonologueStep = 0.05, MonologueCap = 0.45,
        SituationHeavy = 0.35, FewQuestionsWeight = 0.30;

    private const int DetailQuoteChars = 40;

    /// <summary>
    /// The top <paramref name="max"/> coaching points of a call, most severe first; empty when nothing went wrong.
    /// </summary>
    /// <param name="lines">The call's lines (any order; read by seq).</param>
    /// <param name="state">The state after applying all <paramref name="lines"/> in order.</param>
    /// <param name="lang">zh for Chinese wording; anything else gives English.</param>
    /// <param name="max">How many points at most.</param>
    public static IReadOnlyList<CoachingPoint> Find(IReadOnlyList<CallLine> lines, CallState state, string lang, int max = 3)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(state);
        if (max <= 0)
        {
            return [];
        }

        var call = new ReviewLines(lines);
        var zh = ReviewText.IsZh(lang);
        var candidates = new List<CoachingPoint>();
        candidates.AddRange(UnhandledObjections(call, state, zh).OrderByDescending(p => p.Severity).Take(MaxObjectionPoints));
        candidates.AddRange(new[]
        {
            MissedSignal(call, state, zh), NoCloseAttempted(state, zh), LatentNeedNotDeveloped(call, zh), FalseNeedNotTested(call, zh),
            NoNeedPayoff(call, zh), TalksTooMuch(call, state, zh), LongMonologue(call, zh), TooManySituationQuestions(call, zh),
            FewQuestions(call, zh),
        }.OfType<CoachingPoint>());

        return [.. candidates
            .OrderByDescending(p => p.Severity)
            .ThenBy(p => p.Seqs.Count == 0 ? int.MaxValue : p.Seqs[0])
            .Take(max)];
    }

    private static IEnumerable<CoachingPoint> UnhandledObjections(ReviewLines call, CallState state, bool zh)
    {
        foreach (var kind in state.Objections.Where(o => !o.Handled).GroupBy(o => o.Kind))
        {
            var seqs = kind.Select(o => o.Seq).Order().ToList();
            var latest = seqs[^1];
            var (title, detail) = ReviewText.UnhandledObjection(zh, kind.Key, latest, Quote(call, latest));
            yield return new CoachingPoint(CoachingPointKinds.UnhandledObjection, title, detail, seqs,
                Round(ObjectionBase + LateBonus * call.Position(latest)));
        }
    }

    /// <summary>Signals the state counts as missed, and those the call ended on with rep lines after them but no close.</summary>
    private static CoachingPoint? MissedSignal(ReviewLines call, CallState state, bool zh)
    {
        var missed = state.Signals
            .Where(s => s.Missed || (!s.ActedOn && call.RepLinesAfter(s.Seq, 1).Any()))
            .OrderBy(s => s.Seq)
            .ToList();
        if (missed.Count == 0)
        {
            return null;
        }

        var latest = missed[^1];
        var (title, detail) = ReviewText.MissedSignal(zh, latest.Kind, latest.Seq, Quote(call, latest.Seq), missed.Count,
            SuggestionKinds.CloseFor(latest.Kind));
        return new CoachingPoint(CoachingPointKinds.MissedSignal, title, detail, [.. missed.Select(s => s.Seq)],
            Round(SignalBase + LateBonus * call.Position(latest.Seq)));
    }

    private static CoachingPoint? NoCloseAttempted(CallState state, bool zh)
    {
        if (state.Signals.Count == 0 || state.Closes.Values.Sum() > 0)
        {
            return null;
        }

        List<int> seqs = [.. state.Signals.Select(s => s.Seq).Order()];
        var (title, detail) = ReviewText.NoCloseAttempted(zh, seqs);
        return new CoachingPoint(CoachingPointKinds.NoCloseAttempted, title, detail, seqs, NoClose);
    }

    private static CoachingPoint? LatentNeedNotDeveloped(ReviewLines call, bool zh)
    {
        var undeveloped = call.Customer
            .Where(l => ReviewLines.Label(l, "need") == "latent")
            .Where(l => !call.RepLinesAfter(l.Seq, LatentNeedWindow).Any(r => ReviewLines.Label(r, "spin") is "implication" or "need_payoff"))
            .Select(l => l.Seq)
            .ToList();
        if (undeveloped.Count == 0)
        {
            return null;
        }

        var (title, detail) = ReviewText.LatentNeedNotDeveloped(zh, undeveloped[0], Quote(call, undeveloped[0]), undeveloped.Count);
        return new CoachingPoint(CoachingPointKinds.LatentNeedNotDeveloped, title, detail, undeveloped, LatentNeed);
    }

    private static CoachingPoint? FalseNeedNotTested(ReviewLines call, bool zh)
    {
        var untested = call.Customer
            .Where(l => ReviewLines.Label(l, "need") == "false")
            .Where(l => !call.RepLinesAfter(l.Seq, FalseNeedWindow).Any(IsQuestion))
            .Select(l => l.Seq)
            .ToList();
        if (untested.Count == 0)
        {
            return null;
        }

        var (title, detail) = ReviewText.FalseNeedNotTested(zh, untested[0], Quote(call, untested[0]));
        return new CoachingPoint(CoachingPointKinds.FalseNeedNotTested, title, detail, untested, FalseNeed);
    }

    /// <summary>Explicit or latent needs came up and not one need-payoff question was asked all call.</summary>
    private static CoachingPoint? NoNeedPayoff(ReviewLines call, bool zh)
    {
        List<int> needs = [.. call.Customer.Where(l => ReviewLines.Label(l, "need") is "explicit" or "latent").Select(l => l.Seq)];
        if (needs.Count == 0 || call.Rep.Any(l => ReviewLines.Label(l, "spin") == "need_payoff"))
        {
            return null;
        }

        var (title, detail) = ReviewText.NoNeedPayoff(zh, needs);
        return new CoachingPoint(CoachingPointKinds.NoNeedPayoff, title, detail, needs, NoPayoff);
    }

    private static CoachingPoint? TalksTooMuch(ReviewLines call, CallState state, bool zh)
    {
        if (call.Count < MinLinesForTalkPoints || state.TalkRatio <= MaxTalkRatio)
        {
            return null;
        }

        List<int> monologue = [.. call.LongestMonologue().Select(l => l.Seq)];
        var (title, detail) = ReviewText.TalksTooMuch(zh, state.TalkRatio, monologue);
        return new CoachingPoint(CoachingPointKinds.TalksTooMuch, title, detail, monologue,
            Round(Math.Min(TalkCap, TalkBase + (state.TalkRatio - MaxTalkRatio))));
    }

    private static CoachingPoint? LongMonologue(ReviewLines call, bool zh)
    {
        var monologue = call.LongestMonologue();
        var chars = monologue.Sum(l => l.Text.Length);
        var threshold = zh ? MonologueCharsZh : MonologueCharsEn;
        if (chars < threshold)
        {
            return null;
        }

        var size = zh ? chars : monologue.Sum(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        List<int> seqs = [.. monologue.Select(l => l.Seq)];
        var (title, detail) = ReviewText.LongMonologue(zh, seqs, size);
        return new CoachingPoint(CoachingPointKinds.LongMonologue, title, detail, seqs,
            Round(Math.Min(MonologueCap, MonologueBase + MonologueStep * ((double)chars / threshold - 1))));
    }

    private static CoachingPoint? TooManySituationQuestions(ReviewLines call, bool zh)
    {
        var spin = call.Rep.Select(l => (l.Seq, Spin: ReviewLines.Label(l, "spin"))).ToList();
        List<int> situation = [.. spin.Where(s => s.Spin == "situation").Select(s => s.Seq)];
        var spinQuestions = spin.Count(s => s.Spin is "situation" or "problem" or "implication" or "need_payoff");
        if (situation.Count <= MaxSituationQuestions || situation.Count <= MaxSituationShare * spinQuestions)
        {
            return null;
        }

        var (title, detail) = ReviewText.TooManySituationQuestions(zh, situation, spin.Count(s => s.Spin == "problem"));
        return new CoachingPoint(CoachingPointKinds.TooManySituationQuestions, title, detail, situation, SituationHeavy);
    }

    /// <summary>Few questions for how much the rep said; points at the longest run of rep statements.</summary>
    private static CoachingPoint? FewQuestions(ReviewLines call, bool zh)
    {
        var rep = call.Rep.ToList();
        var questions = rep.Count(IsQuestion);
        if (rep.Count < MinRepLinesForQuestionShare || questions >= MinQuestionShare * rep.Count)
        {
            return null;
        }

        List<int> best = [], run = [];
        foreach (var line in rep)
        {
            run = IsQuestion(line) ? [] : [.. run, line.Seq];
            if (run.Count > best.Count)
            {
                best = run;
            }
        }

        var (title, detail) = ReviewText.FewQuestions(zh, questions, rep.Count, best);
        return new CoachingPoint(CoachingPointKinds.FewQuestions, title, detail, best, FewQuestionsWeight);
    }

    /// <summary>A rep line labeled with any SPIN question type (a line without a spin label is not a question).</summary>
    private static bool IsQuestion(CallLine line) =>
        ReviewLines.Label(line, "spin") is "situation" or "problem" or "implication" or "need_payoff" or "other_question";

    private static string Quote(ReviewLines call, int seq) => LineQuote.Clip(call.Text(seq), DetailQuoteChars);

    private static double Round(double severity) => Math.Round(severity, 3);
}
