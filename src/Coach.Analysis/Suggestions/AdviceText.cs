namespace Coach.Analysis.Suggestions;

/// <summary>The coach's own words for each kind of advice, in Chinese and English.</summary>
internal static class AdviceText
{
    private static readonly Dictionary<string, (string Zh, string En)> Objections = new()
    {
        ["price"] = ("价格", "Price"), ["timing"] = ("时机", "Timing"), ["authority"] = ("决策权", "Authority"),
        ["need"] = ("没有需要", "No-need"), ["trust"] = ("信任", "Trust"), ["competitor"] = ("竞品", "Competitor"),
        ["feature"] = ("功能", "Feature"),
    };

    private static readonly Dictionary<string, (string Zh, string En)> Closes = new()
    {
        ["alternative"] = ("选择成交法:给两个都是\"要\"的选项", "alternative-choice close: offer two yeses"),
        ["assumptive"] = ("默认成交法:直接谈落地安排", "assumptive close: talk next steps as if decided"),
        ["bandwagon"] = ("从众成交法:讲同类客户的选择", "bandwagon close: tell what peers like them chose"),
        ["urgency"] = ("压力成交法:讲真实的时间节点", "urgency close: name a real deadline"),
    };

    private static readonly Dictionary<string, (string Zh, string En)> Signals = new()
    {
        ["price_inquiry"] = ("问价格", "asked about price"), ["timeline"] = ("问上线时间", "asked about timing"),
        ["implementation"] = ("问怎么落地", "asked how rollout works"), ["next_step"] = ("在推进下一步", "is moving to a next step"),
        ["trial"] = ("想试用", "asked for a trial"), ["reference"] = ("要案例", "asked for references"),
    };

    private static (string Zh, string En) Get(Dictionary<string, (string Zh, string En)> table, string? key) =>
        key is not null && table.TryGetValue(key, out var value) ? value : ("", "");

    public static (string Title, string Text) For(string kind, string lang, string? detail = null)
    {
        var zh = lang == "zh";
        return kind switch
        {
            SuggestionKinds.ImplicationQuestion => zh
                ? ("潜在需求:问一个暗示问题", "客户说的是痛点,还没提要求。问问这个问题带来的后果和代价,让他自己感到要解决。")
                : ("Latent need: ask an implication question", "They described a pain without asking for anything. Ask what it costs them, so they feel the need themselves."),
            SuggestionKinds.TestFalseNeed => zh
                ? ("可能是伪需求:先验证", "问清谁会用、用来解决什么、不做会怎样。没有使用者和痛点的需求,不要围着它报价。")
                : ("Possible false need: test it", "Ask who would use it, for what, and what happens without it. Don't build the deal on a want nobody owns."),
            SuggestionKinds.PresentAgainstNeed => zh
                ? ("明确需求:用FABE回应", "复述需求确认理解,再按特点-优势-利益-证据讲一个最相关的能力。")
                : ("Explicit need: answer with FABE", "Play the need back to confirm it, then give one feature, its advantage, the benefit for them and evidence."),
            SuggestionKinds.HandleObjection => zh
                ? ($"{Get(Objections, detail ?? "").Zh}异议:六步法", "先认同感受,再澄清真实顾虑,确认是否唯一顾虑,给出回应与证据,确认满意,再推进下一步。")
                : ($"{Get(Objections, detail ?? "").En} objection: six-step handling", "Acknowledge the feeling, clarify the real concern, check it is the only one, answer with evidence, confirm, then move on."),
            SuggestionKinds.TryClose => zh
                ? ("购买信号:试着促成", $"客户{Get(Signals, detail ?? "").Zh}。用{Get(Closes, SuggestionKinds.CloseFor(detail ?? "")).Zh}。")
                : ("Buying signal: try a close", $"The customer {Get(Signals, detail ?? "").En}. Try an {Get(Closes, SuggestionKinds.CloseFor(detail ?? "")).En}."),
            SuggestionKinds.MissedSignal => zh
                ? ("错过了购买信号", $"客户刚才{Get(Signals, detail ?? "").Zh},还没有促成。回到这一点,用{Get(Closes, SuggestionKinds.CloseFor(detail ?? "")).Zh}。")
                : ("Missed buying signal", $"The customer {Get(Signals, detail ?? "").En} and no close followed. Go back to it with an {Get(Closes, SuggestionKinds.CloseFor(detail ?? "")).En}."),
            SuggestionKinds.MoveToProblem => zh
                ? ("背景问题够多了:转向难点问题", "连续问了好几个背景问题。问问现在哪里不顺、最头疼的是什么。")
                : ("Enough situation questions: move to problems", "Several fact-finding questions in a row. Ask what is hard or frustrating today."),
            SuggestionKinds.AskAQuestion => zh
                ? ("说得太多了:问一个问题", "连续几句都在陈述。停下来,问客户一个关于他们情况的问题。")
                : ("Talking a lot: ask a question", "Several statements in a row. Stop and ask the customer about their situation."),
            _ => (kind, ""),
        };
    }
}
