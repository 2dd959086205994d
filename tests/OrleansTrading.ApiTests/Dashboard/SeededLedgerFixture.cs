using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.TestSupport.Ledger;

namespace OrleansTrading.ApiTests.Dashboard;

/// <summary>An Embedded api host whose ledger holds exactly <see cref="DashboardSamples"/>, written through the host's own ledger.</summary>
public sealed class SeededLedgerFixture : IAsyncLifetime
{
    private ApiServer? _server;

    public ApiServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        await DashboardSamples.SeedAsync(_server.Services.GetRequiredService<ITradeLedger>());
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
