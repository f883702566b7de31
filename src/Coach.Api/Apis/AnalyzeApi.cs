using Coach.Analysis.Calls;
using Coach.Analysis.Classification;
using Coach.Analysis.Privacy;
using Coach.Analysis.Suggestions;
using Coach.Analysis.Text;
using Coach.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Coach.Api.Apis;

public static class AnalyzeApi
{
    public static IEndpointRouteBuilder MapAnalyzeApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/analyze", AnalyzeAsync)
            .WithTags("Analysis")
            .WithName("Analyze")
            .Accepts<AnalyzeRequest>("application/json")
            .Produces<AnalyzeResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<IResult> AnalyzeAsync(HttpRequest request, UtteranceClassifier classifier,
        SuggestionEngine suggestions, IOptions<SuggestionOptions> suggestionOptions,
        IOptions<UtteranceLimits> limits, Redactor redactor, ILoggerFactory loggers, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<AnalyzeRequest>(request, limits.Value.MaxBodyBytes, ct);
        if (body.Value is not { } input)
        {
            loggers.CreateLogger(nameof(AnalyzeApi)).LogAnalyzeRejected("body");
            return body.Problem!;
        }

        var errors = Validate(input, limits.Value);
        if (errors.Count > 0)
        {
            loggers.CreateLogger(nameof(AnalyzeApi)).LogAnalyzeRejected(string.Join(",", errors.Keys));
            return TypedResults.ValidationProblem(errors, title: "The utterance is not valid");
        }

        SpeakerNames.TryParse(input.Speaker, out var speaker);
        var lang = input.Lang is null or "auto" ? null : input.Lang;
        var text = redactor.Redact(input.Text!).Text;
        var analysis = classifier.Classify(text, speaker, lang);

        // Stateless: the line is read as the first of a call of its own.
        var line = new LabeledLine(1, speaker, text, analysis.Labels);
        var state = new CallState();
        var missed = state.Apply(line);
        var advice = await suggestions.SuggestAsync(state, line, missed, analysis.Lang,
            new SuggestionCooldown(suggestionOptions.Value), ct);
        return TypedResults.Ok(new AnalyzeResponse(analysis.Lang, speaker.ToName(), text, analysis.Labels, analysis.Scores, advice,
            classifier.Explain(text, speaker, analysis)));
    }

    internal static Dictionary<string, string[]> Validate(AnalyzeRequest input, UtteranceLimits limits)
    {
        var errors = UtteranceRules.Check(input.Speaker, input.Text, limits);
        if (input.Lang is not null && input.Lang != "auto" && !Language.IsSupported(input.Lang))
        {
            errors["lang"] = [$"lang '{UtteranceRules.Clip(input.Lang)}' is not supported: use \"zh\", \"en\" or \"auto\"."];
        }

        return errors;
    }

}
