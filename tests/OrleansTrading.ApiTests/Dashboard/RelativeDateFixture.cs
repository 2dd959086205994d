using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Ledger;

namespace OrleansTrading.ApiTests.Dashboard;

/// <summary>
/// An api host whose ledger holds four closing trades dated relative to the real clock (the host's clock): now, 3, 20
/// and 100 days ago, with P&amp;L 1, 2, 4 and 8 so that any subset is recognisable by its total.
/// </summary>
public sealed class RelativeDateFixture : IAsyncLifetime
{
    private ApiServer? _server;

    public ApiServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public static IReadOnlyList<(string Id, int DaysAgo, decimal Pnl)> Trades { get; } = [("now", 0, 1m), ("d3", 3, 2m), ("d20", 20, 4m), ("d100", 100, 8m)];

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        var ledger = _server.Services.GetRequiredService<ITradeLedger>();
        var now = DateTimeOffset.UtcNow;
        foreach (var (id, daysAgo, pnl) in Trades)
        {
            await ledger.RecordTradeAsync(new Trade
            {
                Id = id,
                BotId = "bot-r",
                Symbol = "SPY",
                Type = TradeSide.Sell,
                Quantity = 1,
                Price = 500m,
                Timestamp = now.AddDays(-daysAgo),
                ProfitLoss = pnl,
                Status = TradeStatus.Filled,
            }, CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
