namespace OrleansTrading.ApiTests;

/// <summary>One running api host for the bot endpoint tests (no demo bot, so lists hold only what tests create).</summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    private ApiServer? _server;

    public ApiServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() => _server = await ApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
