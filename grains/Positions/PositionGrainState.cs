using OrleansTrading.GrainInterfaces.Positions;

namespace OrleansTrading.Grains.Positions;

/// <summary>A position grain's persisted state: the open position (if any) and the pair's realized P&amp;L.</summary>
public sealed class PositionGrainState
{
    public OpenPositionState? Open { get; set; }

    public decimal RealizedTotal { get; set; }

    public DateOnly? Session { get; set; }

    public decimal RealizedInSession { get; set; }

    /// <summary>Client order ids already applied, newest last (bounded): a replayed command returns the first trade.</summary>
    public List<string> AppliedOrders { get; set; } = [];

    /// <summary>The order in flight (write-ahead), null when none.</summary>
    public PendingOrderState? Pending { get; set; }

    /// <summary>The last position closed here, re-written to the ledger on activation in case a crash cut that write short.</summary>
    public Position? LastClosed { get; set; }

    /// <summary>
    /// Set when the bot was deleted: the tombstone of a retired pair, whose state is otherwise empty. A retired grain
    /// refuses every command and price, on this activation and on any later one.
    /// </summary>
    public DateTimeOffset? RetiredAt { get; set; }
}
