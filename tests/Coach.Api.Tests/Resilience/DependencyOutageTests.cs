using System.Net;
using System.Text.Json;
using Coach.Resilience.Dependencies;
using Xunit.Abstractions;

namespace Coach.Api.Tests.Resilience;

/// <summary>
/// Dependencies stopped for real under load: the runner's <c>deps</c> scenario at a small scale, and the database's
/// outage as a signed-in person and /health see it. Needs redis-server and PostgreSQL installed (.ci/run installs them).
/// </summary>
public sealed class DependencyOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RedisAndPostgresStoppedUnderLiveCallsLoseNoLineAndRecoverWithoutRestart()
    {
        var printed = new StringWriter();
        var report = await DependencyOutageRun.RunAsync(new DepsSettings(Calls: 10, OutageSeconds: 4), printed, CancellationToken.None);
        report.Print(printed);
        output.WriteLine(printed.ToString());

        Assert.True(report.MetTheBar, printed.ToString());
    }

    [Fact]
    public async Task WhilePostgresIsStoppedHealthAndSignedInRequestsAnswer503AndBothRecoverWhenItReturns()
    {
        await using var postgres = new PostgresServer();
        await postgres.StartAsync();
        await using var service = new CoachApiFactory(new Dictionary<string, string?> { ["ConnectionStrings:Coach"] = postgres.NewDatabase() });
        await using var coach = await SignedInClient.SignInAsync(service, "coach.east");
        using var balancer = service.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await coach.Http.GetAsync("/api/calls")).StatusCode);

        await postgres.StopAsync();
        var (downCode, downStore) = await HealthAsync(balancer);
        var calls = await coach.Http.GetAsync("/api/calls");
        var problem = JsonDocument.Parse(await calls.Content.ReadAsStringAsync()).RootElement;

        await postgres.StartAsync();
        var (upCode, upStore) = await HealthAsync(balancer);
        for (var i = 0; i < 40 && upCode != HttpStatusCode.OK; i++)
        {
            await Task.Delay(250);
            (upCode, upStore) = await HealthAsync(balancer);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, downCode);
        Assert.Equal("Unhealthy", downStore.GetProperty("status").GetString());
        Assert.Contains("PostgreSQL is unreachable", downStore.GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, calls.StatusCode);
        Assert.Equal("application/problem+json", calls.Content.Headers.ContentType?.MediaType);
        Assert.Equal("5", calls.Headers.RetryAfter?.ToString());
        Assert.Contains("database is unreachable", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, upCode);
        Assert.Equal("Healthy", upStore.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await coach.Http.GetAsync("/api/calls")).StatusCode);
    }

    /// <summary>/health as a load balancer asks it: without a sign-in cookie.</summary>
    private static async Task<(HttpStatusCode Code, JsonElement Store)> HealthAsync(HttpClient http)
    {
        var response = await http.GetAsync("/health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.GetProperty("checks").GetProperty("store").Clone());
    }
}
