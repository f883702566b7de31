using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Coach.Api.Tests;

/// <summary>A person signed in to the real service: an HTTP client and a hub connection that carry the sign-in cookie.</summary>
internal sealed class SignedInClient : IAsyncDisposable
{
    /// <summary>The demo users' password in Development (Coach:SignIn:DemoPassword's default).</summary>
    public const string DemoPassword = "coach-demo-2026";

    private readonly CoachApiFactory _factory;
    private readonly CookieContainer _cookies = new();
    private readonly List<HubConnection> _hubs = [];

    private SignedInClient(CoachApiFactory factory)
    {
        _factory = factory;
        Http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies }) { BaseAddress = factory.ClientOptions.BaseAddress };
    }

    public HttpClient Http { get; }

    public static async Task<SignedInClient> SignInAsync(CoachApiFactory factory, string userName, string password = DemoPassword)
    {
        var client = new SignedInClient(factory);
        var response = await client.Http.PostAsJsonAsync("/api/auth/login", new { userName, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    public async Task<HubConnection> ConnectAsync()
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(_factory.ClientOptions.BaseAddress, "/hubs/coach"), o => o.Cookies = _cookies)
            .Build();
        await hub.StartAsync();
        _hubs.Add(hub);
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hub in _hubs)
        {
            await hub.DisposeAsync();
        }

        Http.Dispose();
    }
}
