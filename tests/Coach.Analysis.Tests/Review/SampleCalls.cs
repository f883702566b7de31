namespace Coach.Analysis.Tests.Review;

/// <summary>Realistic calls shared by the review tests, with the seqs the tests point at.</summary>
internal static class SampleCalls
{
    /// <summary>
    /// An English discovery call that goes wrong: a latent need (3) left alone, a price question (6) the rep talks past,
    /// a price objection (10) raised again at the end (14) and a timing objection (12) left open. No close at all.
    /// </summary>
    public static CallScript MessyEnglish() => new CallScript()
        .Rep("Hi Dana, thanks for making time today. I'd like to walk you through our platform.")
        .Rep("How many people handle invoices today?", "situation")
        .Customer("About six, and month-end close takes them three extra days every single month.", need: "latent")
        .Rep("Our platform matches invoices to purchase orders automatically, so most of that work simply disappears, and it flags exceptions for review.")
        .Rep("It also connects to NetSuite and SAP out of the box, and the approval flow can be configured per department without IT.")
        .Customer("What would a three-year term cost us?", signal: "price_inquiry")
        .Rep("Pricing depends on volume, so let me show you the dashboards first, they are what our customers love most.")
        .Rep("The dashboards show every invoice in flight, who is holding it, and how long it has been waiting for approval.")
        .Rep("And the reporting module gives your controller a month-end pack with one click, which saves a lot of spreadsheet work.")
        .Customer("That's well over what we budgeted.", objection: "price")
        .Rep("There is a lot of value in the platform, honestly it pays for itself.")
        .Customer("Maybe. Let's revisit this next quarter.", objection: "timing")
        .Rep("I understand. I'll send you a brochure with the details.")
        .Customer("Honestly, the price is the real problem for us.", objection: "price");

    /// <summary>
    /// A Chinese call done well: SPIN through to a need-payoff question, a price objection handled with the six steps,
    /// then a next-step signal (15) met with an alternative close (16) and an assumptive close (18).
    /// </summary>
    public static CallScript CleanChinese() => new CallScript()
        .Rep("王总您好，感谢抽时间。今天想先了解一下门店的情况。")
        .Rep("你们现在用什么系统管库存？", "situation")
        .Customer("用的是一套老的进销存，每个门店各管各的，数据要靠人工汇总。")
        .Rep("对账的时候最头疼的是哪一步？", "problem")
        .Customer("每到月底财务都要加两三天班对账，门店数据老是对不上。", need: "latent")
        .Rep("这些对不上的数据，一个月大概会造成多少损失？", "implication")
        .Customer("光是错发的货，一个月就有好几万，老板为这个发过好几次火。", need: "latent")
        .Rep("如果对账能当天完成，对你们意味着什么？", "need_payoff")
        .Customer("那财务就不用加班了，也能按时给供应商付款。我们需要一个能同步多门店库存的系统。", need: "explicit")
        .Rep("我们的系统支持多门店实时同步，同区域一家连锁店用了之后，对账从三天缩短到半天。")
        .Customer("听起来不错，不过这个价格超出我们预算太多了。", objection: "price")
        .Rep("理解，这笔投入确实不小。您说贵，主要是总价超出了，还是觉得某一块不值？", "other_question")
        .Customer("主要是总价，一次拿出来有压力。")
        .Rep("可以按年付，也可以先上两家门店。按错发货一个月几万算，半年就能回本。")
        .Customer("按年付的话可以考虑。你先把合同模板发给我看看。", signal: "next_step")
        .Rep("好的，您看是先上两家门店试点，还是全部门店一起上？", "other_question", "alternative")
        .Customer("先上两家吧，下周一就可以开始。", signal: "next_step")
        .Rep("好的，那我就按两家门店给您准备合同，下周一启动。", close: "assumptive");

    /// <summary>
    /// A Chinese call where the rep pitches past a false need (2) and a latent need (5), then leaves a trust (7) and
    /// an authority objection (9) open.
    /// </summary>
    public static CallScript MessyChinese() => new CallScript()
        .Rep("您好，李经理，我先给您介绍一下我们的产品。")
        .Customer("我们想要一个带AI的系统，老板说现在都在搞AI，具体用来干嘛还没想好。", need: "false")
        .Rep("没问题，我们的AI功能非常强大，能自动生成各种报表。")
        .Rep("而且还有智能预测，很多客户都在用。")
        .Customer("每到月底财务都要加两三天班对账。", need: "latent")
        .Rep("我们的系统对账很快的，一键就能完成。")
        .Customer("你们公司成立才三年，靠得住吗？", objection: "trust")
        .Rep("我们已经服务了两百多家客户，您放心。")
        .Customer("嗯，这个我说了不算，得老板拍板。", objection: "authority");
}
