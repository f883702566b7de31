namespace Coach.Analysis.Review;

/// <summary>
/// The coach's words for a reviewed call, in Chinese and English: the coaching points' titles and
/// details and the digest's sentences. Terms follow the sales methods the product teaches
/// (显性需求/潜在需求/伪需求, SPIN, 异议处理六步法, FABE, 促成四法).
/// </summary>
internal static class ReviewText
{
    private const int MaxSeqsNamed = 5;

    private static readonly Dictionary<string, (string Zh, string En)> ObjectionNames = new()
    {
        ["price"] = ("价格", "price"), ["timing"] = ("时机", "timing"), ["authority"] = ("决策权", "authority"),
        ["need"] = ("无需求", "no-need"), ["trust"] = ("信任", "trust"), ["competitor"] = ("竞品", "competitor"),
        ["feature"] = ("功能", "feature"),
    };

    /// <summary>The six-step handling (异议处理六步法) spelled out for each kind of objection.</summary>
    private static readonly Dictionary<string, (string Zh, string En)> SixSteps = new()
    {
        ["price"] = ("先认同这笔投入不小，再澄清贵在总价还是某一项，确认价格是不是唯一顾虑，然后用问题的代价来回应，别一上来就降价",
            "acknowledge it's a real investment, ask whether the total or one part feels too high, check price is the only concern, then answer with the cost of the problem instead of a discount"),
        ["timing"] = ("先认同现在确实忙，再问清是什么让现在不合适，确认是不是唯一原因，然后讲等待的代价，给一个现在就能迈的小步子",
            "acknowledge the timing, ask what makes now the wrong moment, check it's the only reason, then show the cost of waiting and offer a small first step"),
        ["authority"] = ("先认同要走流程，再问清谁来拍板、看重什么，确认他本人怎么看，然后约上决策者一起谈",
            "acknowledge the process, ask who signs and what they care about, get their own view, then offer to join the meeting with the decision maker"),
        ["need"] = ("先认同现有做法能用，再问清哪里最卡，确认是不是唯一顾虑，然后用数字讲清隐藏成本",
            "acknowledge the current way works, ask where it creaks, check that's the only concern, then put a number on the hidden cost"),
        ["trust"] = ("先处理心情再处理事情，认同他的担心，问清具体怕什么，确认是不是唯一顾虑，再拿出安全证明或同行案例",
            "acknowledge the worry, ask what exactly concerns them, check it's the only one, then show evidence or offer a peer reference"),
        ["competitor"] = ("不贬低对手，先问清他们喜欢现有方案哪里，确认是不是唯一顾虑，再讲一个真正的差异点",
            "don't knock the rival: ask what they like about it, check it's the only concern, then give one real differentiator"),
        ["feature"] = ("先问清这个功能为什么重要，确认是不是硬性条件，再给替代做法或真实的路线图",
            "ask why the capability matters, check whether it's a deal-breaker, then offer a workaround or an honest roadmap"),
    };

    private static readonly Dictionary<string, (string Zh, string En)> SignalNames = new()
    {
        ["price_inquiry"] = ("问价格", "asked about price"), ["timeline"] = ("问上线时间", "asked about timing"),
        ["implementation"] = ("问怎么落地", "asked how rollout works"), ["next_step"] = ("在推进下一步", "moved toward a decision"),
        ["trial"] = ("想试用", "asked for a trial"), ["reference"] = ("要案例", "asked for references"),
    };

    /// <summary>The close for each buying signal (促成四法), with a line the rep could have said.</summary>
    private static readonly Dictionary<string, (string Zh, string En)> Closes = new()
    {
        ["alternative"] = ("选择成交法（二选一法），比如“您看是先上一个团队试点，还是全部门一起上？”",
            "an alternative-choice close, e.g. \"Would you rather start with one team or roll out to everyone?\""),
        ["assumptive"] = ("假设成交法，比如“那我按下周一启动，把实施计划发给您。”",
            "an assumptive close, e.g. \"I'll pencil in kickoff for Monday and send you the plan.\""),
        ["bandwagon"] = ("从众成交法，比如“同行业的几家客户都是这样起步的，我约一家跟您聊聊。”",
            "a bandwagon close, e.g. \"Three firms like yours started this way; I'll set up a call with one.\""),
        ["urgency"] = ("压力成交法，讲一个真实的时间节点", "an urgency close that names a real deadline"),
    };

    public static bool IsZh(string? lang) => string.Equals(lang, "zh", StringComparison.OrdinalIgnoreCase);

    public static (string Title, string Detail) UnhandledObjection(bool zh, string kind, int seq, string quote)
    {
        var name = Name(ObjectionNames, kind, zh);
        var steps = Name(SixSteps, kind, zh);
        return zh
            ? ($"{name}异议没有处理", $"第{seq}句客户提出{name}异议（“{quote}”），之后一直没有化解。按六步法补上：{Fallback(steps, "先认同感受，澄清真实顾虑，确认是不是唯一顾虑，给出回应和证据，再确认客户是否接受")}。")
            : ($"{Capital(name)} objection left open", $"On line {seq} the customer raised a {name} objection (\"{quote}\") and it was never resolved. Work it with the six-step handling: {Fallback(steps, "acknowledge, clarify the real concern, check it's the only one, answer with evidence, confirm it's settled, then move on")}.");
    }

    public static (string Title, string Detail) MissedSignal(bool zh, string signal, int seq, string quote, int missedCount, string close)
    {
        var what = Name(SignalNames, signal, zh);
        var how = Name(Closes, close, zh);
        return zh
            ? ("错过了购买信号", $"第{seq}句客户{what}（“{quote}”），销售没有接着促成{(missedCount > 1 ? $"，全场共有{missedCount}次信号没接住" : "")}。信号一出现就该促成，这里适合用{how}。")
            : ("Missed buying signal", $"On line {seq} the customer {what} (\"{quote}\") and no close followed{(missedCount > 1 ? $"; {missedCount} signals went that way" : "")}. Close while the signal is warm, here with {how}.");
    }

    public static (string Title, string Detail) NoCloseAttempted(bool zh, IReadOnlyList<int> signalSeqs) => zh
        ? ("有购买信号，却一次也没促成", $"客户在{Seqs(signalSeqs, true)}发出了{signalSeqs.Count}次购买信号，整通电话没有一次促成尝试。用促成四法里的一种把它接住，最稳的是二选一法或假设成交法。")
        : ("Buying signals, but no close attempted", $"The customer gave {Count(signalSeqs.Count, "buying signal")} ({Seqs(signalSeqs, false)}) and the rep never tried a close. Use one of the four closes; an alternative-choice or assumptive close is the safest start.");

    public static (string Title, string Detail) LatentNeedNotDeveloped(bool zh, int seq, string quote, int count) => zh
        ? ("潜在需求没有深挖", $"第{seq}句客户说到一个痛点（“{quote}”）{(count > 1 ? $"，全场有{count}处这样的潜在需求" : "")}，接下来销售没有问暗示问题或需求效益问题。先问一个暗示问题，比如“这件事每个月大概耽误多少时间、多少钱？”，让客户自己把问题说大。")
        : ("Latent need left undeveloped", $"On line {seq} the customer described a pain (\"{quote}\"){(count > 1 ? $", one of {count} such latent needs," : "")} and the rep moved on without an implication or need-payoff question. Ask an implication question such as \"What does that cost you each month?\" so the customer feels the problem is worth solving.");

    public static (string Title, string Detail) FalseNeedNotTested(bool zh, int seq, string quote) => zh
        ? ("伪需求没有验证", $"第{seq}句客户提的要求（“{quote}”）背后看不到痛点、使用者或预算，销售没有追问就接了下来。先验证：问清谁会用、用来解决什么、不做会怎样，再决定要不要围着它出方案。")
        : ("Possible false need not tested", $"On line {seq} the customer asked for something with no pain, owner or budget behind it (\"{quote}\"), and the rep took it at face value. Test it first: ask who would use it, for what, and what happens without it.");

    public static (string Title, string Detail) NoNeedPayoff(bool zh, IReadOnlyList<int> needSeqs) => zh
        ? ("没有问需求效益问题", $"客户在{Seqs(needSeqs, true)}说出了需求，但整通电话没有一个需求效益问题。问一句“如果这个问题解决了，对您意味着什么？”，让客户自己说出价值。")
        : ("No need-payoff question", $"The customer voiced needs ({Seqs(needSeqs, false)}) but the rep never asked a need-payoff question. Ask \"If that were solved, what would it mean for you?\" so the customer states the value in their own words.");

    public static (string Title, string Detail) TalksTooMuch(bool zh, double ratio, IReadOnlyList<int> monologue)
    {
        var percent = (int)Math.Round(ratio * 100);
        return zh
            ? ("销售说得太多", $"销售说了全场约{percent}%的话，最长的一段在{Range(monologue, true)}。多问开放问题，讲完一个要点就停下来，让客户多说。")
            : ("The rep did most of the talking", $"The rep spoke about {percent}% of the call, the longest stretch on {Range(monologue, false)}. Ask open questions and pause after each point so the customer talks more than you.");
    }

    public static (string Title, string Detail) LongMonologue(bool zh, IReadOnlyList<int> seqs, int size) => zh
        ? ("独白太长", $"销售在{Range(seqs, true)}连续讲了约{size}字，中间没让客户说话。一次只讲一个要点，用FABE讲完就问一句“这一点对您有用吗？”")
        : ("Monologue too long", $"On {Range(seqs, false)} the rep spoke about {size} words without letting the customer in. Make one point at a time with FABE, then check in: \"Would that help your team?\"");

    public static (string Title, string Detail) TooManySituationQuestions(bool zh, IReadOnlyList<int> seqs, int problemQuestions) => zh
        ? ("背景问题问得太多", $"销售问了{seqs.Count}个背景问题（{Seqs(seqs, true)}），难点问题只有{problemQuestions}个，客户会觉得像在填表。背景问题挑三四个必要的问，然后转向难点问题：“现在哪一步最让您头疼？”")
        : ("Too many situation questions", $"The rep asked {seqs.Count} situation questions ({Seqs(seqs, false)}) and {Count(problemQuestions, "problem question")}; it starts to feel like a survey. Keep to the three or four facts you need, then move to a problem question: \"What's the hardest part of that today?\"");

    public static (string Title, string Detail) FewQuestions(bool zh, int questions, int repLines, IReadOnlyList<int> statements) => zh
        ? ("提问太少", $"销售说了{repLines}句话，{(questions == 0 ? "一个问题都没问" : $"只问了{questions}个问题")}，从{Range(statements, true)}一直在陈述。用SPIN提问：先问背景和难点，再问暗示和需求效益，把话让给客户。")
        : ("Too few questions", $"The rep spoke {repLines} times and asked {(questions == 0 ? "no questions" : $"only {Count(questions, "question")}")}, making nothing but statements across {Range(statements, false)}. Use SPIN: situation and problem questions first, then implication and need-payoff, and let the customer talk.");

    public static string DigestNeeds(bool zh, IReadOnlyList<DigestItem> needs)
    {
        if (needs.Count == 0)
        {
            return zh ? "客户没有说出明确的需求。" : "No clear customer need came up.";
        }

        var items = needs.Take(3).Select(n => zh
            ? $"“{n.Text}”（第{n.Seq}句，{(n.Kind == "latent" ? "潜在需求" : "显性需求")}）"
            : $"\"{n.Text}\" (line {n.Seq}, {n.Kind})");
        var more = needs.Count > 3 ? (zh ? $"，另有{needs.Count - 3}项" : $", and {needs.Count - 3} more") : "";
        return zh ? $"客户需求：{string.Join("、", items)}{more}。" : $"Customer needs: {string.Join(", ", items)}{more}.";
    }

    public static string DigestObjections(bool zh, IReadOnlyList<DigestItem> open, IReadOnlyList<DigestItem> handled)
    {
        if (open.Count == 0 && handled.Count == 0)
        {
            return zh ? "客户没有提出异议。" : "No objections came up.";
        }

        var parts = new List<string>(2);
        if (open.Count > 0)
        {
            parts.Add(zh ? $"未处理异议：{ObjectionList(open, true)}。" : $"Open objections: {ObjectionList(open, false)}.");
        }

        if (handled.Count > 0)
        {
            parts.Add(zh ? $"已处理异议：{ObjectionList(handled, true)}。" : $"Handled objections: {ObjectionList(handled, false)}.");
        }

        return string.Join(zh ? "" : " ", parts);
    }

    public static string DigestSignals(bool zh, IReadOnlyList<DigestItem> signals)
    {
        if (signals.Count == 0)
        {
            return zh ? "没有出现购买信号。" : "No buying signals came up.";
        }

        var items = signals.Take(4).Select(s => zh ? $"{Name(SignalNames, s.Kind, true)}（第{s.Seq}句）" : $"{Name(SignalNames, s.Kind, false)} (line {s.Seq})");
        var more = signals.Count > 4 ? (zh ? "等" : ", and more") : "";
        return zh ? $"购买信号：{string.Join("、", items)}{more}。" : $"Buying signals: the customer {string.Join(", ", items)}{more}.";
    }

    public static string DigestNextSteps(bool zh, IReadOnlyList<DigestItem> steps)
    {
        if (steps.Count == 0)
        {
            return zh ? "没有约定下一步。" : "No next step was agreed.";
        }

        var items = steps.TakeLast(2).Select(s => zh ? $"“{s.Text}”（第{s.Seq}句）" : $"\"{s.Text}\" (line {s.Seq})");
        return zh ? $"下一步：{string.Join("；", items)}。" : $"Next step: {string.Join("; ", items)}.";
    }

    private static string ObjectionList(IReadOnlyList<DigestItem> items, bool zh) => string.Join(zh ? "、" : ", ",
        items.Take(4).Select(o => zh ? $"{Name(ObjectionNames, o.Kind, true)}（第{o.Seq}句）" : $"{Name(ObjectionNames, o.Kind, false)} (line {o.Seq})"))
        + (items.Count > 4 ? (zh ? "等" : ", and more") : "");

    /// <summary>"第3、5、8句" / "lines 3, 5 and 8", naming at most a few.</summary>
    private static string Seqs(IReadOnlyList<int> seqs, bool zh)
    {
        var named = seqs.Take(MaxSeqsNamed).ToList();
        var more = seqs.Count > MaxSeqsNamed;
        if (zh)
        {
            return $"第{string.Join("、", named)}句{(more ? "等处" : "")}";
        }

        if (named.Count == 1)
        {
            return $"line {named[0]}";
        }

        return more
            ? $"lines {string.Join(", ", named)} and more"
            : $"lines {string.Join(", ", named.Take(named.Count - 1))} and {named[^1]}";
    }

    /// <summary>"第3到第6句" / "lines 3–6" for a stretch of lines.</summary>
    private static string Range(IReadOnlyList<int> seqs, bool zh)
    {
        if (seqs.Count == 0)
        {
            return zh ? "整通电话" : "the whole call";
        }

        var (first, last) = (seqs.Min(), seqs.Max());
        return first == last
            ? (zh ? $"第{first}句" : $"line {first}")
            : (zh ? $"第{first}到第{last}句" : $"lines {first}–{last}");
    }

    private static string Count(int n, string noun) => n switch
    {
        0 => $"no {noun}s",
        1 => $"one {noun}",
        _ => $"{n} {noun}s",
    };

    private static string Name(Dictionary<string, (string Zh, string En)> table, string key, bool zh) =>
        table.TryGetValue(key, out var value) ? (zh ? value.Zh : value.En) : key.Replace('_', ' ');

    private static string Fallback(string text, string fallback) => text.Length > 0 ? text : fallback;

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
