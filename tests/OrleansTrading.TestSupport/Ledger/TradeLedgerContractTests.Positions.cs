using Xunit;
using static OrleansTrading.TestSupport.Ledger.LedgerSamples;

namespace OrleansTrading.TestSupport.Ledger;

public abstract partial class TradeLedgerContractTests
{
    [Fact]
    public async Task A_position_round_trips_every_field()
    {
        var guarded = Position("p-1");
        var bare = Position("p-2", openedMinute: 1) with { StopLossPrice = null, TakeProfitPrice = null, UnrealizedPnl = 0m, RealizedPnl = 0m };

        await Ledger.UpsertPositionAsync(guarded, None);
        await Ledger.UpsertPositionAsync(bare, None);

        Assert.Equal(guarded, await Ledger.GetPositionAsync("p-1", None));
        Assert.Equal(bare, await Ledger.GetPositionAsync("p-2", None));
        Assert.Null(await Ledger.GetPositionAsync("p-unknown", None));
    }

    [Fact]
    public async Task A_position_opens_moves_with_the_price_and_closes()
    {
        var opened = Position("p-1");
        var moved = opened with { CurrentPrice = 890m, UnrealizedPnl = 28.5m, StopLossPrice = 870m };
        var closed = moved with { Quantity = 0, CurrentPrice = 895m, UnrealizedPnl = 0m, RealizedPnl = 42.51m, ClosedAt = At(30), IsOpen = false };

        await Ledger.UpsertPositionAsync(opened, None);
        Assert.Equal(opened, await Ledger.GetPositionAsync("p-1", None));
        await Ledger.UpsertPositionAsync(moved, None);
        Assert.Equal(moved, await Ledger.GetPositionAsync("p-1", None));
        await Ledger.UpsertPositionAsync(closed, None);

        Assert.Equal(closed, await Ledger.GetPositionAsync("p-1", None));
        Assert.Single(await Ledger.GetPositionsByBotAsync("bot-a", None));
    }

    [Fact]
    public async Task A_late_open_write_never_reopens_a_closed_position()
    {
        var opened = Position("p-1");
        var closed = opened with { Quantity = 0, RealizedPnl = 40m, UnrealizedPnl = 0m, ClosedAt = At(30), IsOpen = false };
        await Ledger.UpsertPositionAsync(closed, None);

        await Ledger.UpsertPositionAsync(opened with { CurrentPrice = 999m }, None);

        Assert.Equal(closed, await Ledger.GetPositionAsync("p-1", None));
    }

    [Fact]
    public async Task A_closed_position_may_be_replaced_by_another_closed_state()
    {
        var closed = Position("p-1") with { Quantity = 0, RealizedPnl = 40m, UnrealizedPnl = 0m, ClosedAt = At(30), IsOpen = false };
        await Ledger.UpsertPositionAsync(closed, None);
        var corrected = closed with { RealizedPnl = 39.65m, ClosedAt = At(31) };

        await Ledger.UpsertPositionAsync(corrected, None);

        Assert.Equal(corrected, await Ledger.GetPositionAsync("p-1", None));
    }

    [Fact]
    public async Task A_bots_positions_come_oldest_opened_first_then_by_ordinal_id()
    {
        await Ledger.UpsertPositionAsync(Position("p-late", openedMinute: 9), None);
        await Ledger.UpsertPositionAsync(Position("p-a", openedMinute: 5) with { IsOpen = false, Quantity = 0, ClosedAt = At(6) }, None);
        await Ledger.UpsertPositionAsync(Position("P-z", openedMinute: 5), None);
        await Ledger.UpsertPositionAsync(Position("p-early", openedMinute: 1), None);
        await Ledger.UpsertPositionAsync(Position("p-other", botId: "bot-b", openedMinute: 3), None);

        var positions = await Ledger.GetPositionsByBotAsync("bot-a", None);

        Assert.Equal(["p-early", "P-z", "p-a", "p-late"], positions.Select(p => p.Id));
        Assert.Equal(["p-other"], (await Ledger.GetPositionsByBotAsync("bot-b", None)).Select(p => p.Id));
    }

    [Fact]
    public async Task The_first_equity_value_for_an_instant_stays()
    {
        var first = Equity("bot-a", 0, equity: 10_000m);

        await Ledger.RecordEquitySnapshotAsync(first, None);
        await Ledger.RecordEquitySnapshotAsync(Equity("bot-a", 0, equity: 12_345.678901m), None);
        await Ledger.RecordEquitySnapshotAsync(Equity("bot-b", 0, equity: 500m), None);

        Assert.Equal([first], await Ledger.GetEquitySnapshotsAsync("bot-a", None));
        Assert.Equal([Equity("bot-b", 0, equity: 500m)], await Ledger.GetEquitySnapshotsAsync("bot-b", None));
    }

    [Fact]
    public async Task A_bots_equity_points_come_oldest_first()
    {
        var points = new[] { Equity("bot-a", 3, 103m), Equity("bot-a", 1, 101m), Equity("bot-a", 2, 102.000001m) };
        foreach (var point in points)
        {
            await Ledger.RecordEquitySnapshotAsync(point, None);
        }
        await Ledger.RecordEquitySnapshotAsync(Equity("bot-b", 0), None);

        Assert.Equal(points.OrderBy(p => p.Timestamp), await Ledger.GetEquitySnapshotsAsync("bot-a", None));
        Assert.Empty(await Ledger.GetEquitySnapshotsAsync("bot-unknown", None));
    }

    [Fact]
    public async Task Concurrent_writes_of_one_equity_point_store_one_row()
    {
        var writes = Enumerable.Range(1, 20).Select(i => Equity("bot-a", 0, equity: 10_000m + i)).ToArray();

        await Task.WhenAll(writes.Select(e => Task.Run(() => Ledger.RecordEquitySnapshotAsync(e, None))));

        var stored = Assert.Single(await Ledger.GetEquitySnapshotsAsync("bot-a", None));
        Assert.Contains(stored, writes);
    }
}
