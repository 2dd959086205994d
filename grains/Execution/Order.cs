namespace OrleansTrading.Grains.Execution;

/// <summary>
/// An order as the bot intends it. <see cref="ClientOrderId"/> is derived deterministically (see
/// <see cref="ClientOrderIds"/>) so a retried cycle submits the same id and a broker can refuse the duplicate.
/// </summary>
public sealed record Order
{
    public required string ClientOrderId { get; init; }
    public required string Symbol { get; init; }
    public required OrderSide Side { get; init; }
    public required OrderType Type { get; init; }
    public required int Quantity { get; init; }
    public decimal? LimitPrice { get; init; }
    public decimal? StopPrice { get; init; }
    public TimeInForce TimeInForce { get; init; } = TimeInForce.Day;
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Checks the fields that depend on the type; throws naming the offending field.</summary>
    public Order Validated()
    {
        if (Quantity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(Quantity), Quantity, "Quantity must be positive.");
        }
        if (Type is OrderType.Limit or OrderType.StopLimit && LimitPrice is not > 0)
        {
            throw new ArgumentException($"{Type} orders need a positive LimitPrice.", nameof(LimitPrice));
        }
        if (Type is OrderType.Stop or OrderType.StopLimit && StopPrice is not > 0)
        {
            throw new ArgumentException($"{Type} orders need a positive StopPrice.", nameof(StopPrice));
        }
        return this;
    }
}
