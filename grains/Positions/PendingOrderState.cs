using OrleansTrading.GrainInterfaces.Positions;

namespace OrleansTrading.Grains.Positions;

/// <summary>
/// An order the position grain has decided on but not yet fully recorded, persisted before it reaches the broker
/// (write-ahead): after a crash the next activation replays it with the same client order id, so the broker returns
/// the first order and the trade, state and position row are completed instead of a second order being placed.
/// </summary>
public sealed class PendingOrderState
{
    public required string ClientOrderId { get; set; }
    public required bool IsBuy { get; set; }
    public required int Quantity { get; set; }
    public required decimal ReferencePrice { get; set; }
    public ExitReason? ExitReason { get; set; }
    public decimal StopLossPercent { get; set; }
    public decimal TakeProfitPercent { get; set; }
    public string? IndicatorsSnapshot { get; set; }
    public DateTimeOffset? BarClosedAt { get; set; }
}
