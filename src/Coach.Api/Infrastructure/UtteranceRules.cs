using Coach.Analysis.Classification;

namespace Coach.Api.Infrastructure;

/// <summary>What a single utterance must be, wherever it arrives (REST or the hub): errors by field.</summary>
public static class UtteranceRules
{
    public static Dictionary<string, string[]> Check(string? speaker, string? text, UtteranceLimits limits)
    {
        var errors = new Dictionary<string, string[]>();
        if (speaker is null)
        {
            errors["speaker"] = ["speaker is required: \"customer\" or \"rep\"."];
        }
        else if (!SpeakerNames.TryParse(speaker, out _))
        {
            errors["speaker"] = [$"speaker '{Clip(speaker)}' is unknown: use \"customer\" or \"rep\"."];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            errors["text"] = ["text is required and must not be empty."];
        }
        else if (text.Length > limits.MaxTextLength)
        {
            errors["text"] = [$"text is {text.Length} characters; at most {limits.MaxTextLength} are accepted for one utterance."];
        }

        return errors;
    }

    /// <summary>A client's value shortened for an error message.</summary>
    public static string Clip(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
