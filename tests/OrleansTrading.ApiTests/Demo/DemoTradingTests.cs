using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Ledger;
using Xunit.Abstractions;

namespace OrleansTrading.ApiTests.Demo;

/// <summary>
/// The README's promise for <c>dotnet run --project api</c>: the demo bot opens and closes positions within the first
/// two minutes. Real time, real simulated market (its own collection, so it runs beside the other api tests).
/// </summary>
[Collection(nameof(DemoTradingTests))]
public sealed class DemoTradingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_demo_bot_opens_and_closes_a_position_within_two_minutes()
    {
        var clock = Stopwatch.StartNew();
        await using var server = await ApiServer.StartAsync(seedDemoBot: true);
        var bots = await server.Client.GetFromJsonAsync<Bot[]>("/api/bots", ApiServer.Json);
        var demo = Assert.Single(bots!);
        Assert.Equal(BotStatus.Running, demo.Status);
        var ledger = server.Services.GetRequiredService<ITradeLedger>();

        IReadOnlyList<Trade> trades = [];
        while (clock.Elapsed < TimeSpan.FromMinutes(2) && !trades.Any(t => t.Type == TradeSide.Sell))
        {
            await Task.Delay(500);
            trades = await ledger.GetTradesByBotAsync(demo.Id, default);
        }

        var sell = Assert.Single(trades.Where(t => t.Type == TradeSide.Sell).Take(1));
        output.WriteLine($"first buy after {trades[0].Timestamp - demo.CreatedAt}, first sell after {sell.Timestamp - demo.CreatedAt}");
        Assert.NotNull(sell.ProfitLoss);
        Assert.Equal(TradeSide.Buy, trades[0].Type);
        var positions = await ledger.GetPositionsByBotAsync(demo.Id, default);
        Assert.Contains(positions, p => !p.IsOpen && p.ClosedAt is not null);
        Assert.Equal(0, (await server.Client.GetFromJsonAsync<Bot>($"/api/bots/{demo.Id}", ApiServer.Json))!.ErrorCount);
    }
}
