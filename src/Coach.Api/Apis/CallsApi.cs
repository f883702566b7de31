using System.Text;
using System.Text.Json;
using Coach.Analysis.Calls;
using Coach.Analysis.Classification;
using Coach.Analysis.Review;
using Coach.Analysis.Storage;
using Coach.Api.Infrastructure;
using Coach.Api.Security;
using Microsoft.Extensions.Options;

namespace Coach.Api.Apis;

/// <summary>
/// Calls people may see, and their review: <c>GET /api/calls</c> (with search), <c>GET /api/calls/{callId}</c>,
/// comments and label corrections on a line, and the corrections exported as training lines.
/// </summary>
public static class CallsApi
{
    public const int MaxTake = 200;
    public const int MaxCommentLength = 2000;
    private static readonly JsonSerializerOptions Jsonl = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapCallsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls").WithTags("Calls").RequireAuthorization();
        group.MapGet("/", ListAsync).WithName("ListCalls");
        group.MapGet("/{callId}", GetAsync).WithName("GetCall");
        group.MapGet("/{callId}/summary", SummaryAsync).WithName("SummarizeCall");
        group.MapGet("/{callId}/utterances/{seq:int}/evidence", EvidenceAsync).WithName("ExplainLine");
        group.MapPost("/{callId}/utterances/{seq:int}/comments", CommentAsync).WithName("CommentOnLine");
        group.MapPut("/{callId}/utterances/{seq:int}/labels", CorrectAsync).WithName("CorrectLabels");
        app.MapGet("/api/suggestions/feedback", FeedbackAsync).WithTags("Calls").WithName("SuggestionFeedback")
            .RequireAuthorization(p => p.RequireRole(Roles.Coach, Roles.Admin));
        app.MapGet("/api/corrections", ExportAsync).WithTags("Calls").WithName("ExportCorrections")
            .RequireAuthorization(p => p.RequireRole(Roles.Coach, Roles.Admin));
        return app;
    }

    /// <summary>
    /// The calls the caller may see, newest first. Search: <c>label</c> (repeatable; a label such as
    /// <c>objection.price</c>, or <c>unhandled.price</c>, <c>unhandled</c>, <c>missed.signal</c>), <c>rep</c>,
    /// <c>q</c> (words said on any line), <c>from</c>/<c>to</c> (start time), <c>take</c>, <c>before</c> (paging).
    /// </summary>
    private static async Task<IResult> ListAsync(HttpContext context, CallStore store, int? take, DateTimeOffset? before,
        string[]? label, string? rep, string? q, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (take is < 1 or > MaxTake)
        {
            errors["take"] = [$"take must be 1-{MaxTake}."];
        }

        if (label?.FirstOrDefault(l => !IsTag(l)) is { } badTag)
        {
            errors["label"] = [$"'{UtteranceRules.Clip(badTag)}' is not a label: use task.label (objection.price), unhandled[.kind] or missed.signal."];
        }

        if (q is { Length: > 200 })
        {
            errors["q"] = ["q must be at most 200 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The search is not valid");
        }

        var user = context.User;
        var query = new CallQuery(Before: before, Take: take ?? 50, Rep: rep is null ? null : UserDirectory.Normalize(rep), Tags: label,
            Text: string.IsNullOrWhiteSpace(q) ? null : q.Trim(), From: from, To: to);
        if (user.IsInRole(Roles.Rep))
        {
            query = query with { Owner = user.UserName() };
        }
        else if (user.IsInRole(Roles.Coach) && user.TeamOf() is { } team)
        {
            query = query with { Team = team, OrOwner = user.UserName() };
        }
        else if (!user.IsInRole(Roles.Coach) && !user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Ingest))
        {
            return TypedResults.Forbid();
        }

        return TypedResults.Ok(await store.ListAsync(query, ct));
    }

    private static async Task<IResult> GetAsync(string callId, HttpContext context, CallRegistry calls, CallStore store, CancellationToken ct)
    {
        if (await FindVisibleAsync(callId, context, calls, ct) is not { } call)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(await ReviewAsync(call, store, ct, context.User.IsInRole(Roles.Admin)));
    }

    private static async Task<IResult> CommentAsync(string callId, int seq, HttpContext context, CallRegistry calls, CallStore store,
        TimeProvider time, IOptions<UtteranceLimits> limits, CancellationToken ct)
    {
        if (await FindVisibleAsync(callId, context, calls, ct) is not { } call || call.Lines.All(l => l.Seq != seq))
        {
            return TypedResults.NotFound();
        }

        var body = await JsonBody.ReadAsync<CommentRequest>(context.Request, limits.Value.MaxBodyBytes, ct);
        if (body.Value is not { } input)
        {
            return body.Problem!;
        }

        if (string.IsNullOrWhiteSpace(input.Text) || input.Text.Length > MaxCommentLength)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["text"] = [$"text is required: 1-{MaxCommentLength} characters."],
            });
        }

        var comment = await store.AddCommentAsync(new CommentRecord
        {
            CallId = call.Id, Seq = seq, Author = context.User.UserName(), Text = input.Text.Trim(), CreatedAt = time.GetUtcNow(),
        }, ct);
        return TypedResults.Created($"/api/calls/{call.Id}", CommentView.From(comment));
    }

    /// <summary>A coach's correction of a line's labels, e.g. <c>{"objection":"price"}</c>: kept with who and when.</summary>
    private static async Task<IResult> CorrectAsync(string callId, int seq, HttpContext context, CallRegistry calls, CallStore store,
        TimeProvider time, IOptions<UtteranceLimits> limits, CancellationToken ct)
    {
        if (await FindVisibleAsync(callId, context, calls, ct) is not { } call || call.Lines.FirstOrDefault(l => l.Seq == seq) is not { } line)
        {
            return TypedResults.NotFound();
        }

        if (!context.User.IsInRole(Roles.Coach) && !context.User.IsInRole(Roles.Admin))
        {
            return TypedResults.Problem("Only coaches and admins correct labels.", statusCode: StatusCodes.Status403Forbidden, title: "Coaches only");
        }

        var body = await JsonBody.ReadAsync<Dictionary<string, string?>>(context.Request, limits.Value.MaxBodyBytes, ct);
        if (body.Value is not { } labels)
        {
            return body.Problem!;
        }

        SpeakerNames.TryParse(line.Speaker, out var speaker);
        if (LabelCorrections.Check(labels, speaker) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors, title: "The correction is not valid");
        }

        var (notes, before) = await EffectiveAsync(call, store, ct);
        var current = before.Lines.First(l => l.Seq == seq).Labels;
        var now = time.GetUtcNow();
        var author = context.User.UserName();
        var changes = labels.Where(kv => current.GetValueOrDefault(kv.Key) != kv.Value)
            .Select(kv => new CorrectionRecord
            {
                CallId = call.Id, Seq = seq, Task = kv.Key, Label = kv.Value!, Previous = line.Labels.GetValueOrDefault(kv.Key, "none"),
                Author = author, CreatedAt = now,
            }).ToList();
        if (changes.Count > 0)
        {
            await store.AddCorrectionsAsync(changes, ct);
            var after = LabelCorrections.Apply(call.Lines, [.. notes.Corrections, .. changes]);
            await store.SaveTagsAsync(call.Id, CallTags.From(after.Lines.Select(l => l.ToLabeled()), after.State), ct);
        }

        // The notes as they are now, without reading them back: the corrections just stored have their ids.
        var review = Review(call, notes with { Corrections = [.. notes.Corrections, .. changes] }, admin: false);
        return TypedResults.Ok(review.Utterances.First(u => u.Seq == seq));
    }

    /// <summary>
    /// Corrected lines as JSONL in the labels.md format (every task of the line's side: the coach's label
    /// where corrected, the model's otherwise), ready for <c>train --with-corrections</c>.
    /// </summary>
    private static async Task ExportAsync(HttpContext context, CallStore store, DateTimeOffset? since, CancellationToken ct)
    {
        context.Response.ContentType = "application/x-ndjson; charset=utf-8";
        foreach (var (line, lang, corrections) in await store.LoadCorrectedLinesAsync(since, ct))
        {
            SpeakerNames.TryParse(line.Speaker, out var speaker);
            var labels = JsonSerializer.Deserialize<Dictionary<string, string>>(line.LabelsJson, Jsonl) ?? [];
            foreach (var correction in corrections.OrderBy(c => c.Id))
            {
                labels[correction.Task] = correction.Label;
            }

            var row = new Dictionary<string, string>
            {
                ["id"] = $"corr-{line.CallId}-{line.Seq}",
                ["lang"] = lang ?? Analysis.Text.Language.Detect(line.Text),
                ["speaker"] = line.Speaker,
                ["text"] = line.Text,
            };
            foreach (var task in ClassifierTask.For(speaker))
            {
                row[task.Name] = labels.GetValueOrDefault(task.Name, task.NoneLabel);
            }

            await context.Response.WriteAsync(JsonSerializer.Serialize(row, Jsonl) + "\n", Encoding.UTF8, ct);
        }
    }

    /// <summary>How reps received the advice (used, dismissed, wrong) by kind and by playbook snippet.</summary>
    private static async Task<IResult> FeedbackAsync(CallStore store, DateTimeOffset? from, DateTimeOffset? to, CancellationToken ct) =>
        TypedResults.Ok(await store.FeedbackReportAsync(from, to, ct));

    /// <param name="admin">Only admins see the unmasked text of lines, when originals are kept at all.</param>
    internal static async Task<ReviewedCallView> ReviewAsync(CallSession call, CallStore store, CancellationToken ct, bool admin = false) =>
        Review(call, await store.LoadNotesAsync(call.Id, ct), admin);

    private static ReviewedCallView Review(CallSession call, CallNotes notes, bool admin)
    {
        var effective = LabelCorrections.Apply(call.Lines, notes.Corrections);
        var model = call.Lines.ToDictionary(l => l.Seq);
        var lines = effective.Lines.Select(l => new ReviewedLineView(l.Seq, l.Speaker, l.Name, l.Text, l.StartMs, l.Labels,
            notes.Corrections.Any(c => c.Seq == l.Seq) ? model[l.Seq].Labels : null,
            l.Suggestions,
            [.. notes.Comments.Where(c => c.Seq == l.Seq).Select(CommentView.From)],
            [.. notes.Corrections.Where(c => c.Seq == l.Seq).Select(CorrectionView.From)],
            [.. notes.Feedback.Where(f => f.Seq == l.Seq).Select(FeedbackView.From)],
            admin ? l.OriginalText : null)).ToList();
        var lang = call.Lang ?? "en";
        return new ReviewedCallView(call.Id, call.Owner, call.Team, call.Title, call.Lang, call.Source, call.StartedAt, call.EndedAt, lines,
            Scorecard.From(effective.State, effective.Lines), CoachingPoints.Find(effective.Lines, effective.State, lang),
            CallDigests.Build(effective.Lines, effective.State, lang));
    }

    /// <summary>What drove each label in force on a line (a coach's corrected label too), with the current models.</summary>
    private static async Task<IResult> EvidenceAsync(string callId, int seq, HttpContext context, CallRegistry calls, CallStore store,
        UtteranceClassifier classifier, CancellationToken ct)
    {
        if (await FindVisibleAsync(callId, context, calls, ct) is not { } call || call.Lines.All(l => l.Seq != seq))
        {
            return TypedResults.NotFound();
        }

        var (_, effective) = await EffectiveAsync(call, store, ct);
        return TypedResults.Ok(LineEvidence.For(classifier, effective.Lines.First(l => l.Seq == seq)));
    }

    /// <summary>What the customer needs, open objections, next steps: by the language model when configured, else from the labels.</summary>
    private static async Task<IResult> SummaryAsync(string callId, HttpContext context, CallRegistry calls, CallStore store,
        IServiceProvider services, CancellationToken ct)
    {
        if (await FindVisibleAsync(callId, context, calls, ct) is not { } call)
        {
            return TypedResults.NotFound();
        }

        var (_, effective) = await EffectiveAsync(call, store, ct);
        var digest = CallDigests.Build(effective.Lines, effective.State, call.Lang ?? "en");
        var written = services.GetService<CallSummarizer>() is { } summarizer
            ? await summarizer.SummarizeAsync(effective.Lines, digest, ct)
            : null;
        return TypedResults.Ok(new CallSummaryView(call.Id, digest.Lang, written is null ? "labels" : "llm", written ?? digest.Text, digest));
    }

    private static async Task<(CallNotes Notes, (IReadOnlyList<CallLine> Lines, CallState State) Effective)> EffectiveAsync(CallSession call, CallStore store, CancellationToken ct)
    {
        var notes = await store.LoadNotesAsync(call.Id, ct);
        return (notes, LabelCorrections.Apply(call.Lines, notes.Corrections));
    }

    private static async Task<CallSession?> FindVisibleAsync(string callId, HttpContext context, CallRegistry calls, CancellationToken ct)
    {
        if (callId.Length > 64 || await calls.FindCurrentAsync(callId, ct) is not { } call)
        {
            return null;
        }

        // Someone else's call is answered as if it did not exist: ids of other teams' calls stay private.
        return context.User.MaySee(call.Owner, call.Team) ? call : null;
    }

    private static bool IsTag(string tag)
    {
        var dot = tag.IndexOf('.');
        if (tag is "unhandled" or "missed.signal")
        {
            return true;
        }

        if (dot <= 0)
        {
            return false;
        }

        var (task, label) = (tag[..dot], tag[(dot + 1)..]);
        return task == "unhandled" ? ClassifierTask.Objection.IsLabel(label) : ClassifierTask.Find(task)?.IsLabel(label) == true;
    }
}
