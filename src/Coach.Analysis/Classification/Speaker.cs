namespace Coach.Analysis.Classification;

/// <summary>Who said an utterance: the salesperson or the customer.</summary>
public enum Speaker
{
    Customer,
    Rep,
}

public static class SpeakerNames
{
    public const string Customer = "customer";
    public const string Rep = "rep";

    public static bool TryParse(string? value, out Speaker speaker)
    {
        switch (value)
        {
            case Customer:
                speaker = Speaker.Customer;
                return true;
            case Rep:
                speaker = Speaker.Rep;
                return true;
            default:
                speaker = default;
                return false;
        }
    }

    public static string ToName(this Speaker speaker) => speaker == Speaker.Rep ? Rep : Customer;
}
