using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>Which trades a list or statistics query covers; a null member does not filter.</summary>
public sealed record TradeFilter
{
    /// <summary>Everything.</summary>
    public static TradeFilter All { get; } = new();

    /// <summary>Inclusive lower bound on <c>timestamp</c>.</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>Exclusive upper bound on <c>timestamp</c>.</summary>
    public DateTimeOffset? To { get; init; }

    public string? BotId { get; init; }
    public string? Symbol { get; init; }
    public TradeSide? Side { get; init; }
}
