using System.Text.Json;
using System.Text.RegularExpressions;
using Coach.Analysis.Calls;
using Coach.Analysis.Classification;
using Coach.Analysis.Suggestions;
using Coach.Api.Infrastructure;
using Coach.Api.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Coach.Api.Hubs;

/// <summary>
/// Live coaching: validates each call, checks who may act on the call, hands the work to the domain
/// (<see cref="CallSession"/>) and relays labels and advice to the call's group (the rep and coaches watching).
/// </summary>
[Authorize]
public sealed partial class CoachHub(
    CallRegistry calls,
    UtteranceClassifier classifier,
    SuggestionEngine suggestions,
    SuggestionRelay relay,
    CallStream stream,
    Analysis.Storage.CallStore store,
    IOptions<UtteranceLimits> limits,
    TimeProvider time) : Hub<ICoachClient>
{
    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex CallIdPattern();

    public async Task<StartCallResult> StartCall(JsonElement argument)
    {
        var request = argument.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined
            ? null
            : HubArguments.Read<StartCallRequest>(argument, "StartCall's argument");
        RequireRole("start a call", Roles.Rep, Roles.Admin, Roles.Ingest);
        if (request?.CallId is { } requested && !CallIdPattern().IsMatch(requested))
        {
            throw new HubException("callId must be 1-64 letters, digits, '-' or '_'.");
        }

        if (request?.Title is { Length: > 200 })
        {
            throw new HubException("title is longer than 200 characters.");
        }

        if (request?.Lang is { } lang && lang is not ("zh" or "en" or "auto"))
        {
            throw new HubException($"lang '{UtteranceRules.Clip(lang)}' is not supported: use zh, en or auto.");
        }

        var call = await calls.StartAsync(UserName, Context.User!.TeamOf(), request?.CallId, request?.Title, request?.Lang, Context.ConnectionAborted);
        RequireAccess(call, "resume");
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(call.Id));
        return new StartCallResult(call.Id);
    }

    public async Task<SendUtteranceResult> SendUtterance(JsonElement argument)
    {
        var request = HubArguments.Read<SendUtteranceRequest>(argument, "The utterance");

        if (string.IsNullOrEmpty(request.CallId))
        {
            throw new HubException("callId is required.");
        }

        if (request.Seq < 1)
        {
            throw new HubException("seq must be the sender's 1-based counter of lines in this call.");
        }

        if (UtteranceRules.Check(request.Speaker, request.Text, limits.Value) is { Count: > 0 } errors)
        {
            throw new HubException(string.Join(" ", errors.Values.SelectMany(e => e)));
        }

        SpeakerNames.TryParse(request.Speaker, out var speaker);

        var call = await FindCallAsync(request.CallId);
        RequireAccess(call, "send lines to");
        CallLine line;
        bool repeated;
        try
        {
            (line, repeated) = await call.AddAsync(request.Seq, speaker, request.Text!, request.Name, request.StartMs,
                classifier, suggestions, Context.ConnectionAborted);
        }
        catch (LineNotStoredException ex) when (DatabaseFailures.IsUnreachable(ex.InnerException!))
        {
            throw new HubException($"Line {ex.Seq} was not stored: the database is unreachable. Nothing of it was kept; resend it.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or LineNotStoredException)
        {
            throw new HubException(ex.Message);
        }

        if (!repeated)
        {
            await stream.LabeledAsync(call.Id, Context.ConnectionId, new UtteranceLabeledMessage(call.Id, line.Seq, line.Speaker, line.Text, line.Labels));
            await relay.SendAsync(call, line, Context.ConnectionId);
        }

        return new SendUtteranceResult(call.Id, line.Seq, line.Labels, line.Text);
    }

    public async Task<Scorecard> EndCall(JsonElement callId)
    {
        var call = await FindCallAsync(HubArguments.ReadString(callId, "callId"), current: true);
        RequireAccess(call, "end");
        return await calls.EndAsync(call, Context.ConnectionAborted);
    }

    /// <summary>The rep says whether a suggestion was used, dismissed or wrong; kept for the coach and the accept-rate report.</summary>
    public async Task<RateSuggestionResult> RateSuggestion(JsonElement argument)
    {
        var request = HubArguments.Read<RateSuggestionRequest>(argument, "The rating");
        if (request.Verdict is null || !SuggestionVerdicts.All.Contains(request.Verdict))
        {
            throw new HubException($"verdict must be one of {string.Join(", ", SuggestionVerdicts.All)}.");
        }

        var call = await FindCallAsync(request.CallId);
        RequireAccess(call, "rate the advice of");
        var line = call.Lines.FirstOrDefault(l => l.Suggestions.Any(s => s.Id == request.SuggestionId))
            ?? throw new HubException($"Call '{call.Id}' has no suggestion '{UtteranceRules.Clip(request.SuggestionId ?? "")}'.");
        var suggestion = line.Suggestions.First(s => s.Id == request.SuggestionId);
        await store.SaveFeedbackAsync(new Analysis.Storage.FeedbackRecord
        {
            CallId = call.Id, Seq = line.Seq, SuggestionId = suggestion.Id, Kind = suggestion.Kind,
            Snippets = string.Join(' ', suggestion.Playbook.Select(p => p.Id)), Verdict = request.Verdict, Author = UserName,
            CreatedAt = time.GetUtcNow(),
        }, Context.ConnectionAborted);
        return new RateSuggestionResult(call.Id, suggestion.Id, request.Verdict);
    }

    /// <summary>
    /// What drove each label of a line (spans and model version), computed on demand with the current models for the
    /// line a rep points at, rather than for every line of every live call.
    /// </summary>
    public async Task<IReadOnlyList<LabelEvidence>> ExplainLine(JsonElement callId, JsonElement seqArgument)
    {
        var seq = HubArguments.ReadInt(seqArgument, "seq");
        var call = await FindCallAsync(HubArguments.ReadString(callId, "callId"));
        if (!Context.User!.MaySee(call.Owner, call.Team))
        {
            throw new HubException($"You may not see call '{call.Id}'.");
        }

        var line = call.Lines.FirstOrDefault(l => l.Seq == seq) ?? throw new HubException($"Call '{call.Id}' has no line {seq}.");
        return LineEvidence.For(classifier, line);
    }

    /// <summary>Subscribes a coach to a call's stream; returns the lines so far.</summary>
    public async Task<IReadOnlyList<CallLine>> WatchCall(JsonElement callId)
    {
        var call = await FindCallAsync(HubArguments.ReadString(callId, "callId"), current: true);
        if (!Context.User!.MaySee(call.Owner, call.Team))
        {
            throw new HubException($"You may not watch call '{call.Id}': only its rep, the coaches of its team and admins may.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, Group(call.Id));
        return call.Lines;
    }

    /// <param name="current">Catch up with lines other instances stored (not needed for each line a sender sends).</param>
    private async Task<CallSession> FindCallAsync(string? callId, bool current = false) =>
        await (current ? calls.FindCurrentAsync(callId ?? "", Context.ConnectionAborted) : calls.FindAsync(callId ?? "", Context.ConnectionAborted))
            ?? throw new HubException($"Call '{UtteranceRules.Clip(callId ?? "")}' is unknown; start it first.");

    private string UserName => Context.User!.UserName();

    internal static string Group(string callId) => "call:" + callId;

    private void RequireRole(string action, params string[] roles)
    {
        if (!roles.Any(r => Context.User!.IsInRole(r)))
        {
            throw new HubException($"Your role may not {action}.");
        }
    }

    /// <summary>The call's own rep, or an admin or ingest client (a dialer pushing transcripts).</summary>
    private void RequireAccess(CallSession call, string action)
    {
        if (!Context.User!.MayDrive(call.Owner))
        {
            throw new HubException($"You may not {action} call '{call.Id}': it belongs to someone else.");
        }
    }
}
