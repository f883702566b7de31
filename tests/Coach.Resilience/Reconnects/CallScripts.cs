namespace Coach.Resilience.Reconnects;

/// <summary>The lines the simulated calls say, in both languages, repeated as long as a call runs.</summary>
internal static class CallScripts
{
    private static readonly (string Speaker, string Text)[] Zh =
    [
        ("rep", "王经理您好,今天想先了解一下你们仓库现在怎么管库存?"),
        ("customer", "每到月底财务都要加两三天班对账,真的很头疼。"),
        ("rep", "这些对不上的账,一个月大概会造成多少损失?"),
        ("customer", "这个价格超出我们预算太多了。"),
        ("rep", "除了价格,还有什么让您犹豫的地方吗?"),
        ("customer", "我们已经在用金蝶了,换系统太麻烦。"),
        ("rep", "如果月底对账能缩短到半天,对团队意味着什么?"),
        ("customer", "最快什么时候能上线?"),
        ("rep", "您看是下周一开始试点,还是月底再开始?"),
        ("customer", "这个我得跟老板商量一下。"),
    ];

    private static readonly (string Speaker, string Text)[] En =
    [
        ("rep", "How many people handle invoices today?"),
        ("customer", "Five clerks, and month-end close takes us almost a full week."),
        ("rep", "What does a late close cost you in reporting?"),
        ("customer", "Honestly, your price is far above what we pay now."),
        ("rep", "Apart from price, is anything else holding you back?"),
        ("customer", "We're already using Salesforce and the team likes it."),
        ("rep", "What would it mean for you if reps never re-typed orders?"),
        ("customer", "Could we run a two-week pilot with one team?"),
        ("rep", "Would you start with the Shanghai team or all regions?"),
        ("customer", "I need to check with my boss first."),
    ];

    /// <summary>The call's language and its first <paramref name="count"/> lines.</summary>
    public static (string Lang, IReadOnlyList<(string Speaker, string Text)> Lines) For(int call, int count)
    {
        var script = call % 2 == 0 ? Zh : En;
        return (call % 2 == 0 ? "zh" : "en", [.. Enumerable.Range(0, count).Select(i => script[i % script.Length])]);
    }
}
