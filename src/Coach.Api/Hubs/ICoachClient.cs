namespace Coach.Api.Hubs;

/// <summary>What the server calls on clients of <c>/hubs/coach</c>.</summary>
public interface ICoachClient
{
    Task UtteranceLabeled(UtteranceLabeledMessage message);

    Task Suggestion(SuggestionMessage message);
}
