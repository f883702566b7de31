namespace Coach.Api.Tests;

/// <summary>A real PostgreSQL for one test class (see <see cref="PostgresServer"/>).</summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; } = new();

    public string NewDatabase() => Server.NewDatabase();

    public Task InitializeAsync() => Server.StartAsync();

    public Task DisposeAsync() => Server.DisposeAsync().AsTask();
}

/// <summary>A real Redis for one test class (see <see cref="RedisServer"/>).</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    public RedisServer Server { get; } = new();

    public string ConnectionString => Server.ConnectionString;

    public Task InitializeAsync() => Server.StartAsync();

    public Task DisposeAsync() => Server.DisposeAsync().AsTask();
}
