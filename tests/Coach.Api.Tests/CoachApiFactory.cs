using Microsoft.AspNetCore.Mvc.Testing;

namespace Coach.Api.Tests;

/// <summary>The real service on Kestrel on a free loopback port, with the shipped models.</summary>
public sealed class CoachApiFactory : WebApplicationFactory<Program>
{
    public CoachApiFactory()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
    }
}
