namespace OrleansTrading.Grains.Backtesting;

/// <summary>
/// One order of a run and its fill, as the engine records it: 80 bytes, no references. Times are bar indexes into
/// the symbol's series (the bars keep the exact timestamps), side and type follow from the purpose, and a rejected
/// order is one that filled nothing. A busy run records hundreds of thousands of these; kept this small and free of
/// references, recording them costs neither garbage-collector work nor fresh memory pages worth mentioning.
/// </summary>
internal readonly struct LedgerEntry(
    int symbol, OrderPurpose purpose, int idBar, int createdBar, int fillBar, int quantity, int filledQuantity,
    decimal price, decimal commission, decimal level, ExitReason? reason)
{
    /// <summary>Fill price; 0 when rejected.</summary>
    public readonly decimal Price = price;

    public readonly decimal Commission = commission;

    /// <summary>The stop price of a stop-loss, the limit price of a take-profit; 0 for market orders.</summary>
    public readonly decimal Level = level;

    /// <summary>Index of the symbol in the run (ordinal order).</summary>
    public readonly int Symbol = symbol;

    /// <summary>The bar whose time names the order in its client order id.</summary>
    public readonly int IdBar = idBar;

    /// <summary>The bar at which the order was created: the decision, or the entry's fill for a resting exit.</summary>
    public readonly int CreatedBar = createdBar;

    /// <summary>The bar it filled (or was rejected) on.</summary>
    public readonly int FillBar = fillBar;

    public readonly int Quantity = quantity;

    /// <summary>Shares filled; 0 = rejected for cash.</summary>
    public readonly int FilledQuantity = filledQuantity;

    public readonly OrderPurpose Purpose = purpose;

    private readonly sbyte _reason = reason is { } r ? (sbyte)r : (sbyte)-1;

    public ExitReason? Reason => _reason < 0 ? null : (ExitReason)_reason;
}
