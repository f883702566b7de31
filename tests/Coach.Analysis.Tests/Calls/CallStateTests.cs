using Coach.Analysis.Calls;
using Coach.Analysis.Classification;

namespace Coach.Analysis.Tests.Calls;

public sealed class CallStateTests
{
    private static LabeledLine Customer(int seq, string need = "none", string signal = "none", string objection = "none", string text = "customer words") =>
        new(seq, Speaker.Customer, text, new Dictionary<string, string> { ["need"] = need, ["signal"] = signal, ["objection"] = objection });

    private static LabeledLine Rep(int seq, string spin = "not_question", string close = "none", string text = "rep words") =>
        new(seq, Speaker.Rep, text, new Dictionary<string, string> { ["spin"] = spin, ["close"] = close });

    [Fact]
    public void AWholeCallMovesThroughTheStagesAndCountsWhatHappened()
    {
        var state = new CallState();

        state.Apply(Rep(1, text: "Hi Anna, thanks for making time today."));
        Assert.Equal(CallStage.Opening, state.Stage);
        state.Apply(Rep(2, "situation"));
        state.Apply(Customer(3, need: "latent"));
        Assert.Equal(CallStage.Discovery, state.Stage);
        state.Apply(Rep(4, "not_question"));
        Assert.Equal(CallStage.Presentation, state.Stage);
        state.Apply(Customer(5, objection: "price"));
        Assert.Equal(CallStage.ObjectionHandling, state.Stage);
        state.Apply(Rep(6, "other_question", "alternative"));
        Assert.Equal(CallStage.Closing, state.Stage);

        Assert.Equal(1, state.Needs["latent"]);
        Assert.Equal(new Dictionary<string, int> { ["not_question"] = 2, ["situation"] = 1, ["other_question"] = 1 }, state.SpinMix);
        Assert.Equal(1, state.Closes["alternative"]);
    }

    [Fact]
    public void AnObjectionIsHandledWhenTheRepAnswersAndItDoesNotComeBack()
    {
        var state = new CallState();
        state.Apply(Customer(1, objection: "price"));
        state.Apply(Rep(2));
        state.Apply(Customer(3));
        Assert.False(state.Objections[0].Handled);

        state.Apply(Customer(4));

        Assert.True(state.Objections[0].Handled);
    }

    [Fact]
    public void AnObjectionRaisedAgainStaysOpen()
    {
        var state = new CallState();
        state.Apply(Customer(1, objection: "trust"));
        state.Apply(Rep(2));
        state.Apply(Customer(3, objection: "trust"));
        state.Apply(Customer(4));

        Assert.False(state.Objections[0].Handled);
        Assert.False(state.Objections[1].Handled);
    }

    [Fact]
    public void ABuyingSignalWithoutACloseWithinThreeRepLinesIsMissed()
    {
        var state = new CallState();
        state.Apply(Customer(1, signal: "price_inquiry"));
        Assert.Empty(state.Apply(Rep(2)));
        Assert.Empty(state.Apply(Rep(3)));

        var missed = state.Apply(Rep(4));

        Assert.Equal(1, Assert.Single(missed).Seq);
        Assert.True(state.Signals[0].Missed);
    }

    [Fact]
    public void ACloseSoonAfterASignalCountsAsActingOnIt()
    {
        var state = new CallState();
        state.Apply(Customer(1, signal: "trial"));
        state.Apply(Rep(2, "other_question", "alternative"));

        Assert.True(state.Signals[0].ActedOn);
        Assert.False(state.Signals[0].Missed);
    }

    [Fact]
    public void TalkRatioIsTheRepsShareOfTheWords()
    {
        var state = new CallState();
        state.Apply(Rep(1, text: new string('r', 300)));
        state.Apply(Customer(2, text: new string('c', 100)));

        Assert.Equal(0.75, state.TalkRatio, 3);
    }
}
