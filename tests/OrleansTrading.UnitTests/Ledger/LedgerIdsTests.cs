using OrleansTrading.Grains.Ledger;

namespace OrleansTrading.UnitTests.Ledger;

public sealed class LedgerIdsTests
{
    [Fact]
    public void Ids_are_deterministic_well_formed_uuids_distinct_per_kind()
    {
        var trade = LedgerIds.TradeId("ot-abc");

        Assert.Equal(trade, LedgerIds.TradeId("ot-abc"));
        Assert.NotEqual(trade, LedgerIds.TradeId("ot-abd"));
        Assert.NotEqual(trade, LedgerIds.PositionId("ot-abc"));
        Assert.True(Guid.TryParseExact(trade, "D", out var guid));
        Assert.Equal(8, guid.Version);
        Assert.Equal(LedgerIds.AlertId("bot", "daily_loss_limit", "2026-03-02"), LedgerIds.AlertId("bot", "daily_loss_limit", "2026-03-02"));
        Assert.NotEqual(LedgerIds.AlertId("bot", "daily_loss_limit", "2026-03-02"), LedgerIds.AlertId("bot", "daily_loss_limit", "2026-03-03"));
    }
}
