using Coach.Analysis.Review;

namespace Coach.Analysis.Tests.Review;

public sealed class CallDigestsTests
{
    [Fact]
    public void AnEnglishDigestListsTheNeedTheOpenObjectionsAndTheSignalByLine()
    {
        var call = SampleCalls.MessyEnglish();

        var digest = CallDigests.Build(call.Lines, call.State, "en");

        Assert.Equal("en", digest.Lang);
        Assert.Equal([new DigestItem(3, "latent", "About six, and month-end close takes them three extra days…")], digest.Needs);
        Assert.Equal([(10, "price"), (12, "timing"), (14, "price")], digest.OpenObjections.Select(o => (o.Seq, o.Kind)));
        Assert.Equal("That's well over what we budgeted", digest.OpenObjections[0].Text);
        Assert.Empty(digest.HandledObjections);
        Assert.Equal([(6, "price_inquiry")], digest.Signals.Select(s => (s.Seq, s.Kind)));
        Assert.Empty(digest.NextSteps);
        Assert.Contains("Customer needs: \"About six, and month-end close takes them three extra days…\" (line 3, latent).", digest.Text);
        Assert.Contains("Open objections: price (line 10), timing (line 12), price (line 14).", digest.Text);
        Assert.Contains("asked about price (line 6)", digest.Text);
        Assert.Contains("No next step was agreed.", digest.Text);
        Assert.False(CallScript.HasCjk(digest.Text));
    }

    [Fact]
    public void AChineseDigestNamesNeedsHandledObjectionAndNextStepsInChinese()
    {
        var call = SampleCalls.CleanChinese();

        var digest = CallDigests.Build(call.Lines, call.State, "zh");

        Assert.Equal("zh", digest.Lang);
        Assert.Equal([(5, "latent"), (7, "latent"), (9, "explicit")], digest.Needs.Select(n => (n.Seq, n.Kind)));
        Assert.Empty(digest.OpenObjections);
        Assert.Equal([(11, "price")], digest.HandledObjections.Select(o => (o.Seq, o.Kind)));
        Assert.Equal([15, 17], digest.Signals.Select(s => s.Seq));
        Assert.Equal([(15, "next_step"), (16, "alternative"), (17, "next_step"), (18, "assumptive")], digest.NextSteps.Select(s => (s.Seq, s.Kind)));
        Assert.StartsWith("客户需求：“每到月底财务都要加两三天班对账，门店数据老是对不上”（第5句，潜在需求）", digest.Text);
        Assert.Contains("（第9句，显性需求）", digest.Text);
        Assert.Contains("已处理异议：价格（第11句）。", digest.Text);
        Assert.Contains("购买信号：在推进下一步（第15句）、在推进下一步（第17句）。", digest.Text);
        Assert.Contains("下一步：“先上两家吧，下周一就可以开始”（第17句）；“好的，那我就按两家门店给您准备合同，下周一启动”（第18句）。", digest.Text);
        Assert.DoesNotContain("未处理异议", digest.Text);
    }

    [Fact]
    public void AChineseDigestWithOpenObjectionsSaysSoInChinese()
    {
        var call = SampleCalls.MessyChinese();

        var digest = CallDigests.Build(call.Lines, call.State, "zh");

        Assert.Equal([5], digest.Needs.Select(n => n.Seq));
        Assert.Equal([(7, "trust"), (9, "authority")], digest.OpenObjections.Select(o => (o.Seq, o.Kind)));
        Assert.Contains("未处理异议：信任（第7句）、决策权（第9句）。", digest.Text);
        Assert.Contains("没有出现购买信号。", digest.Text);
        Assert.Contains("没有约定下一步。", digest.Text);
        Assert.DoesNotContain("AI", digest.Text);
    }

    [Fact]
    public void RepClosesCountAsNextStepsOnlyInTheLastThirdOfTheCall()
    {
        var call = new CallScript()
            .Customer("Can I talk to a customer of yours in logistics?", signal: "reference")
            .Rep("Most distributors your size moved to us this year.", close: "bandwagon")
            .Customer("Interesting.")
            .Rep("What's the hardest part of dispatch today?", "problem")
            .Customer("Drivers call in every stop by phone.", need: "latent")
            .Rep("Would you start with the Shanghai team or all regions?", "other_question", "alternative");

        var digest = CallDigests.Build(call.Lines, call.State, "en");

        Assert.Equal([(6, "alternative")], digest.NextSteps.Select(s => (s.Seq, s.Kind)));
        Assert.Contains("Next step: \"Would you start with the Shanghai team or all regions?\" (line 6).", digest.Text);
    }

    [Fact]
    public void LongLinesAreClippedInTheItemsAndTheText()
    {
        var longNeed = "We need single sign-on with our Azure AD because our people juggle eleven passwords a day and the help desk spends half its time on resets, which nobody can afford.";
        var call = new CallScript()
            .Rep("What's driving the project?", "problem")
            .Customer(longNeed, need: "explicit");

        var digest = CallDigests.Build(call.Lines, call.State, "en");

        var need = Assert.Single(digest.Needs);
        Assert.True(need.Text.Length <= LineQuote.MaxChars, need.Text);
        Assert.EndsWith("…", need.Text);
        Assert.StartsWith("We need single sign-on with our Azure AD", need.Text);
        Assert.Contains($"\"{need.Text}\" (line 2, explicit)", digest.Text);
        Assert.DoesNotContain("nobody can afford", digest.Text);
    }

    [Fact]
    public void AnEmptyCallGivesAnEmptyDigestThatSaysNothingCameUp()
    {
        var call = new CallScript();

        var digest = CallDigests.Build(call.Lines, call.State, "de");

        Assert.Equal("en", digest.Lang);
        Assert.Empty(digest.Needs);
        Assert.Empty(digest.NextSteps);
        Assert.Equal("No clear customer need came up. No objections came up. No buying signals came up. No next step was agreed.", digest.Text);
    }
}
