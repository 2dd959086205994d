using Xunit;

namespace OrleansTrading.TestSupport.Postgres;

/// <summary>One PostgreSQL server per test collection (start ≈ 2 s); each test creates its own database on it.</summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    public PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL fixture has not started.");

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
