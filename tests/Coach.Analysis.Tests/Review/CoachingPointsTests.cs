using Coach.Analysis.Review;

namespace Coach.Analysis.Tests.Review;

public sealed class CoachingPointsTests
{
    [Fact]
    public void OpenObjectionsAndAMissedSignalComeFirstLatestObjectionOnTop()
    {
        var call = SampleCalls.MessyEnglish();

        var points = CoachingPoints.Find(call.Lines, call.State, "en");

        Assert.Equal(3, points.Count);
        Assert.Equal(
            [(CoachingPointKinds.UnhandledObjection, new[] { 10, 14 }), (CoachingPointKinds.UnhandledObjection, [12]), (CoachingPointKinds.MissedSignal, [6])],
            points.Select(p => (p.Kind, p.Seqs.ToArray())));
        Assert.Contains("Price objection", points[0].Title);
        Assert.Contains("line 14", points[0].Detail);
        Assert.Contains("six-step", points[0].Detail);
        Assert.Contains("Timing", points[1].Title);
        Assert.Contains("line 6", points[2].Detail);
        Assert.Contains("alternative-choice close", points[2].Detail);
        Assert.True(points[0].Severity > points[1].Severity && points[1].Severity > points[2].Severity);
    }

    [Fact]
    public void EveryOtherProblemOfTheCallIsRankedBelowWithOnePointPerKind()
    {
        var call = SampleCalls.MessyEnglish();

        var points = CoachingPoints.Find(call.Lines, call.State, "en", max: 20);

        Assert.Equal(
            [
                CoachingPointKinds.UnhandledObjection, CoachingPointKinds.UnhandledObjection, CoachingPointKinds.MissedSignal,
                CoachingPointKinds.NoCloseAttempted, CoachingPointKinds.LatentNeedNotDeveloped, CoachingPointKinds.TalksTooMuch,
                CoachingPointKinds.NoNeedPayoff, CoachingPointKinds.FewQuestions,
            ],
            points.Select(p => p.Kind));
        Assert.Equal([3], points.Single(p => p.Kind == CoachingPointKinds.LatentNeedNotDeveloped).Seqs);
        Assert.Equal([6], points.Single(p => p.Kind == CoachingPointKinds.NoCloseAttempted).Seqs);
        Assert.Equal([7, 8, 9], points.Single(p => p.Kind == CoachingPointKinds.TalksTooMuch).Seqs);
        Assert.Contains("implication question", points.Single(p => p.Kind == CoachingPointKinds.LatentNeedNotDeveloped).Detail);
        Assert.All(points, p => Assert.NotEmpty(p.Seqs));
        Assert.Equal(points.OrderByDescending(p => p.Severity).Select(p => p.Kind), points.Select(p => p.Kind));
    }

    [Fact]
    public void ACleanCallHasNothingToCoach()
    {
        var call = SampleCalls.CleanChinese();

        Assert.True(call.State.TalkRatio <= CoachingPoints.MaxTalkRatio);
        Assert.Empty(CoachingPoints.Find(call.Lines, call.State, "zh"));
    }

    [Fact]
    public void TwoDifferentOpenObjectionsBothAppearAheadOfTheUndevelopedLatentNeed()
    {
        var call = SampleCalls.MessyChinese();

        var points = CoachingPoints.Find(call.Lines, call.State, "zh");

        Assert.Equal(
            [(CoachingPointKinds.UnhandledObjection, 9), (CoachingPointKinds.UnhandledObjection, 7), (CoachingPointKinds.LatentNeedNotDeveloped, 5)],
            points.Select(p => (p.Kind, Assert.Single(p.Seqs))));
        Assert.StartsWith("决策权异议", points[0].Title);
        Assert.Contains("第9句", points[0].Detail);
        Assert.Contains("六步法", points[0].Detail);
        Assert.Contains("先处理心情再处理事情", points[1].Detail);
        Assert.Contains("暗示问题", points[2].Detail);
    }

    [Fact]
    public void AtMostTwoOpenObjectionsAreShownTheLatestFirst()
    {
        var call = new CallScript()
            .Customer("Honestly our spreadsheets work fine.", objection: "need")
            .Customer("And we're already talking to Salesforce.", objection: "competitor")
            .Customer("How do we know our data is safe with you?", objection: "trust")
            .Rep("Let me send you our security whitepaper.");

        var points = CoachingPoints.Find(call.Lines, call.State, "en", max: 10);

        var objections = points.Where(p => p.Kind == CoachingPointKinds.UnhandledObjection).ToList();
        Assert.Equal([[3], [2]], objections.Select(p => p.Seqs.ToArray()));
    }

    [Fact]
    public void MaxLimitsHowManyPointsComeBack()
    {
        var call = SampleCalls.MessyEnglish();

        var points = CoachingPoints.Find(call.Lines, call.State, "en", max: 1);

        Assert.Equal(CoachingPointKinds.UnhandledObjection, Assert.Single(points).Kind);
        Assert.Empty(CoachingPoints.Find(call.Lines, call.State, "en", max: 0));
    }

    [Fact]
    public void ChinesePointsAreWrittenInChineseAndEnglishPointsHaveNoChinese()
    {
        var zh = SampleCalls.MessyChinese();
        var en = SampleCalls.MessyEnglish();

        var zhPoints = CoachingPoints.Find(zh.Lines, zh.State, "zh", max: 20);
        var enPoints = CoachingPoints.Find(en.Lines, en.State, "en", max: 20);

        Assert.True(zhPoints.Count >= 4);
        Assert.All(zhPoints, p => Assert.True(CallScript.HasCjk(p.Title) && CallScript.HasCjk(p.Detail), p.Detail));
        Assert.True(enPoints.Count >= 4);
        Assert.All(enPoints, p => Assert.False(CallScript.HasCjk(p.Title + p.Detail), p.Detail));
    }

    [Fact]
    public void AnUnknownLanguageGetsEnglish()
    {
        var call = SampleCalls.MessyEnglish();

        var points = CoachingPoints.Find(call.Lines, call.State, "fr");

        Assert.Equal(CoachingPoints.Find(call.Lines, call.State, "en").Select(p => p.Detail), points.Select(p => p.Detail));
    }

    [Fact]
    public void AFalseNeedTheRepDoesNotQuestionIsFlaggedWithHowToTestIt()
    {
        var call = SampleCalls.MessyChinese();

        var point = CoachingPoints.Find(call.Lines, call.State, "zh", max: 20).Single(p => p.Kind == CoachingPointKinds.FalseNeedNotTested);

        Assert.Equal([2], point.Seqs);
        Assert.Contains("伪需求", point.Title);
        Assert.Contains("第2句", point.Detail);
        Assert.Contains("谁会用", point.Detail);
    }

    [Fact]
    public void AQuestionWithinTwoRepLinesTestsAFalseNeed()
    {
        var tested = new CallScript()
            .Customer("The board wants something with AI in it, no idea what for.", need: "false")
            .Rep("Sure, we have plenty of AI.")
            .Rep("Who on your team would actually use it, and for what?", "other_question");
        var untested = new CallScript()
            .Customer("The board wants something with AI in it, no idea what for.", need: "false")
            .Rep("Sure, we have plenty of AI.")
            .Rep("It writes your reports for you.")
            .Rep("Who on your team would actually use it?", "other_question");

        Assert.DoesNotContain(CoachingPoints.Find(tested.Lines, tested.State, "en"), p => p.Kind == CoachingPointKinds.FalseNeedNotTested);
        Assert.Equal([1], CoachingPoints.Find(untested.Lines, untested.State, "en").Single(p => p.Kind == CoachingPointKinds.FalseNeedNotTested).Seqs);
    }

    [Fact]
    public void AnImplicationQuestionWithinFourRepLinesDevelopsALatentNeed()
    {
        CallScript Call(int statementsFirst)
        {
            var call = new CallScript().Customer("Our reps re-type every order into the ERP each evening.", need: "latent");
            for (var i = 0; i < statementsFirst; i++)
            {
                call.Rep("We integrate with most ERPs.");
            }

            return call.Rep("What does a mistyped order cost you with a big client?", "implication")
                .Rep("If nobody re-typed orders, what would that free your reps to do?", "need_payoff");
        }

        var developed = Call(3);
        var tooLate = Call(4);

        Assert.DoesNotContain(CoachingPoints.Find(developed.Lines, developed.State, "en", 10), p => p.Kind == CoachingPointKinds.LatentNeedNotDeveloped);
        var point = CoachingPoints.Find(tooLate.Lines, tooLate.State, "en", 10).Single(p => p.Kind == CoachingPointKinds.LatentNeedNotDeveloped);
        Assert.Equal([1], point.Seqs);
    }

    [Fact]
    public void ASignalWithACloseLaterStillCountsAsMissedButNotAsNoClose()
    {
        var call = new CallScript()
            .Customer("Could we run a two-week pilot with one team?", signal: "trial")
            .Rep("Our pilots are very popular.")
            .Rep("Most teams love the onboarding.")
            .Rep("The reporting is the best part.")
            .Rep("Would you start with the Shanghai team or all regions?", "other_question", "alternative");

        var points = CoachingPoints.Find(call.Lines, call.State, "en", 10);

        Assert.Equal([1], points.Single(p => p.Kind == CoachingPointKinds.MissedSignal).Seqs);
        Assert.DoesNotContain(points, p => p.Kind == CoachingPointKinds.NoCloseAttempted);
    }

    [Fact]
    public void ASignalLeftWithoutACloseWhenTheCallEndsIsMissed()
    {
        var call = new CallScript()
            .Rep("Shall we look at the rollout plan?", "other_question")
            .Customer("How soon could we be live?", signal: "timeline")
            .Rep("Usually a few weeks, depending on your data.");

        var points = CoachingPoints.Find(call.Lines, call.State, "en");

        Assert.Equal([CoachingPointKinds.MissedSignal, CoachingPointKinds.NoCloseAttempted], points.Select(p => p.Kind));
        Assert.Contains("assumptive close", points[0].Detail);
        Assert.All(points, p => Assert.Equal([2], p.Seqs));
    }

    [Fact]
    public void FiveSituationQuestionsAndOneProblemQuestionAreTooMany()
    {
        var call = new CallScript()
            .Rep("现在几条产线？", "situation").Customer("六条。")
            .Rep("报工是纸质还是系统？", "situation").Customer("纸质的。")
            .Rep("每天谁来汇总产量？", "situation").Customer("车间主任。")
            .Rep("用的什么ERP？", "situation").Customer("用友。")
            .Rep("一共多少工人？", "situation").Customer("三百多人。")
            .Rep("汇总的时候最麻烦的是哪一步？", "problem").Customer("数据经常对不上，主任每天晚上要核对一个小时才能下班，挺辛苦的。");

        var point = Assert.Single(CoachingPoints.Find(call.Lines, call.State, "zh"));

        Assert.Equal(CoachingPointKinds.TooManySituationQuestions, point.Kind);
        Assert.Equal([1, 3, 5, 7, 9], point.Seqs);
        Assert.Contains("难点问题", point.Detail);
    }

    [Fact]
    public void ALongMonologuePointsAtItsLines()
    {
        var pitch = string.Concat(Enumerable.Repeat("Our platform syncs inventory across every store in real time and flags mismatches. ", 4));
        var call = new CallScript()
            .Rep("What's the hardest part of month-end close?", "problem")
            .Customer("Matching store stock to the ledger. It takes us days and the numbers never agree, which drives our controller mad.", need: "latent")
            .Rep("What does a late close cost you?", "implication")
            .Customer("The board pack is late every month and we've had audit findings twice because of it. It is a real headache.")
            .Rep("If the close took one day, what would that mean for you?", "need_payoff")
            .Customer("My team could finally do analysis instead of chasing numbers. That would be a big win for us honestly.")
            .Rep(pitch)
            .Rep(pitch)
            .Customer("That sounds useful. Can you show it with our own data? We would want to see that before going further with this.");

        var points = CoachingPoints.Find(call.Lines, call.State, "en");

        var point = Assert.Single(points);
        Assert.Equal(CoachingPointKinds.LongMonologue, point.Kind);
        Assert.Equal([7, 8], point.Seqs);
        Assert.Contains("lines 7–8", point.Detail);
        Assert.Contains("FABE", point.Detail);
    }

    [Fact]
    public void TalkRatioIsNotJudgedOnAVeryShortCall()
    {
        var call = new CallScript()
            .Rep("Thanks for joining, I'll give you a quick overview of how our platform handles approvals end to end.")
            .Customer("Sure.")
            .Rep("What does your approval flow look like today?", "situation");

        Assert.True(call.State.TalkRatio > CoachingPoints.MaxTalkRatio);
        Assert.Empty(CoachingPoints.Find(call.Lines, call.State, "en"));
    }

    [Fact]
    public void ARepWhoOnlyPitchesIsToldToAskSpinQuestions()
    {
        var call = new CallScript()
            .Rep("我们的系统支持多门店同步。").Customer("嗯。")
            .Rep("数据都在云端，随时能看。").Customer("好。")
            .Rep("报表一键生成。")
            .Rep("很多连锁店都在用。").Customer("哦。")
            .Rep("上线也很快。")
            .Rep("您看是下周还是下下周演示？", "other_question");

        var point = CoachingPoints.Find(call.Lines, call.State, "zh", 10).Single(p => p.Kind == CoachingPointKinds.FewQuestions);

        Assert.Equal([1, 3, 5, 6, 8], point.Seqs);
        Assert.Contains("只问了1个问题", point.Detail);
        Assert.Contains("SPIN", point.Detail);
    }
}
