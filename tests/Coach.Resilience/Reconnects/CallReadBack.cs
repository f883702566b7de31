using System.Net.Http.Json;
using System.Text.Json;

namespace Coach.Resilience.Reconnects;

/// <summary>
/// Reads finished calls back as a coach would (<c>GET /api/calls/{id}</c>) and checks them against what was sent:
/// every line there once, and the live scorecard equal to that of the same lines imported in one piece.
/// </summary>
internal static class CallReadBack
{
    public static async Task<ReadBack> CompareAsync(string url, IReadOnlyList<ReconnectingCall> calls, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Add("X-Api-Key", Processes.ServiceCluster.Key);
        int stored = 0, lost = 0, storedTwice = 0, differing = 0;
        foreach (var call in calls)
        {
            var review = await http.GetFromJsonAsync<JsonElement>($"/api/calls/{call.Id}", ct);
            var seqs = review.GetProperty("utterances").EnumerateArray().Select(u => u.GetProperty("seq").GetInt32()).ToList();
            stored += seqs.Count;
            storedTwice += seqs.Count - seqs.Distinct().Count();
            lost += Enumerable.Range(1, call.Lines.Count).Count(s => !seqs.Contains(s));
            var clean = await CleanScorecardAsync(http, call, ct);
            if (call.Scorecard is not { } live || !JsonElement.DeepEquals(live, clean))
            {
                differing++;
                Console.Error.WriteLine($"{call.Id}: scorecard {call.Scorecard} differs from a clean run's {clean}");
            }
        }

        var errors = new Dictionary<string, int>();
        foreach (var (message, count) in calls.SelectMany(c => c.Errors))
        {
            errors[message] = errors.GetValueOrDefault(message) + count;
        }

        return new ReadBack(calls.Sum(c => c.Lines.Count), calls.Sum(c => c.AckedCount), stored, lost, storedTwice, differing, errors);
    }

    /// <summary>The scorecard of the same lines imported in one piece: what the live call's state must come to.</summary>
    private static async Task<JsonElement> CleanScorecardAsync(HttpClient http, ReconnectingCall call, CancellationToken ct)
    {
        var body = new
        {
            title = "clean " + call.Id,
            lang = call.Lang,
            utterances = call.Lines.Select((l, i) => new { speaker = l.Speaker, text = l.Text, startMs = (i + 1) * 3000L }),
        };
        var response = await http.PostAsJsonAsync("/api/calls/import", body, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("scorecard");
    }
}
