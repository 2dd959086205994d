using OrleansTrading.GrainInterfaces.Positions;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Ledger;

namespace OrleansTrading.TestSupport.Ledger;

/// <summary>
/// A small ledger built to catch the ways dashboard queries go wrong, with every expected answer worked out by hand
/// in the tests. It holds ties on every sort key (broken by id), ids and symbols whose ordinal and linguistic orders
/// differ ("t-B" &lt; "t-a" and "BRK.B" &lt; "BRKA" ordinally; the reverse in en-US), buys without P&amp;L, a
/// break-even sell, a trade after midnight UTC that is still the previous day in New York (EST), and one whose New
/// York date is right only with daylight saving time (2026-03-09T04:30Z is 00:30 EDT on 03-09, 23:30 on 03-08 in EST).
/// </summary>
public static class DashboardSamples
{
    public static IReadOnlyList<Trade> Trades { get; } =
    [
        Trade("t-01", "bot-a", "AAPL", TradeSide.Buy, 10, 100m, "2026-03-02T15:00:00Z", null),
        Trade("t-02", "bot-a", "AAPL", TradeSide.Sell, 10, 110m, "2026-03-02T16:00:00Z", 100m),
        Trade("t-03", "bot-a", "MSFT", TradeSide.Buy, 5, 400m, "2026-03-02T16:00:00Z", null),
        Trade("t-04", "bot-a", "MSFT", TradeSide.Sell, 5, 390m, "2026-03-03T03:30:00Z", -50m),
        Trade("t-05", "bot-b", "BRK.B", TradeSide.Buy, 2, 500m, "2026-03-03T15:00:00Z", null),
        Trade("t-06", "bot-b", "BRK.B", TradeSide.Sell, 2, 510m, "2026-03-04T15:00:00Z", 20m),
        Trade("t-07", "bot-b", "BRKA", TradeSide.Buy, 1, 100m, "2026-03-04T15:00:00Z", null),
        Trade("t-08", "bot-b", "BRKA", TradeSide.Sell, 1, 100m, "2026-03-05T15:00:00Z", 0m),
        Trade("t-B", "bot-c", "AAPL", TradeSide.Sell, 3, 110m, "2026-03-09T04:30:00Z", -30m),
        Trade("t-a", "bot-c", "AAPL", TradeSide.Sell, 3, 110m, "2026-03-09T04:30:00Z", 30m),
        Trade("t-09", "bot-c", "MSFT", TradeSide.Buy, 7, 410m, "2026-03-10T14:00:00Z", null),
    ];

    public static IReadOnlyList<Position> Positions { get; } =
    [
        Position("p-1", "bot-a", "AAPL", 10, 100m, 105m, 50m, "2026-03-02T15:00:00Z", isOpen: true),
        Position("p-2", "bot-a", "MSFT", 5, 400m, 390m, 0m, "2026-03-02T16:00:00Z", isOpen: false),
        Position("p-3", "bot-b", "BRK.B", 2, 500m, 490m, -20m, "2026-03-03T15:00:00Z", isOpen: true),
        Position("p-4", "bot-b", "BRKA", 1, 100m, 100m, 0m, "2026-03-03T15:00:00Z", isOpen: true),
        Position("p-B", "bot-c", "AAPL", 3, 110m, 112m, 6m, "2026-03-09T04:30:00Z", isOpen: true),
        Position("p-a", "bot-c", "MSFT", 7, 410m, 400m, -70m, "2026-03-09T04:30:00Z", isOpen: true),
    ];

    /// <summary>The trade ids newest first (timestamp, then id, both descending): the default list order.</summary>
    public static IReadOnlyList<string> NewestFirst { get; } = ["t-09", "t-a", "t-B", "t-08", "t-07", "t-06", "t-05", "t-04", "t-03", "t-02", "t-01"];

    public static async Task SeedAsync(ITradeLedger ledger)
    {
        foreach (var trade in Trades)
        {
            await ledger.RecordTradeAsync(trade, CancellationToken.None);
        }
        foreach (var position in Positions)
        {
            await ledger.UpsertPositionAsync(position, CancellationToken.None);
        }
    }

    private static Trade Trade(string id, string botId, string symbol, TradeSide side, int quantity, decimal price, string timestamp, decimal? pnl) => new()
    {
        Id = id,
        BotId = botId,
        Symbol = symbol,
        Type = side,
        Quantity = quantity,
        Price = price,
        Timestamp = DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture),
        ProfitLoss = pnl,
        OrderId = $"order-{id}",
        Status = TradeStatus.Filled,
        Commission = 1m,
        Slippage = 0m,
    };

    private static Position Position(string id, string botId, string symbol, int quantity, decimal entry, decimal current, decimal unrealized,
        string openedAt, bool isOpen)
    {
        var opened = DateTimeOffset.Parse(openedAt, System.Globalization.CultureInfo.InvariantCulture);
        return new Position
        {
            Id = id,
            BotId = botId,
            Symbol = symbol,
            Quantity = quantity,
            EntryPrice = entry,
            CurrentPrice = current,
            UnrealizedPnl = unrealized,
            RealizedPnl = isOpen ? 0m : -50m,
            OpenedAt = opened,
            ClosedAt = isOpen ? null : opened.AddHours(12),
            IsOpen = isOpen,
        };
    }
}
