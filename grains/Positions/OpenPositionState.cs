namespace OrleansTrading.Grains.Positions;

/// <summary>The open holding: average entry, exit levels and the commissions already paid to build it.</summary>
public sealed class OpenPositionState
{
    public required string Id { get; set; }
    public required int Quantity { get; set; }
    public required decimal EntryPrice { get; set; }
    public decimal? StopLossPrice { get; set; }
    public decimal? TakeProfitPrice { get; set; }
    public required DateTimeOffset OpenedAt { get; set; }
    public required decimal CurrentPrice { get; set; }
    public decimal EntryCommission { get; set; }

    /// <summary>P&amp;L realized by partial sells of this position so far.</summary>
    public decimal RealizedPnl { get; set; }
}
