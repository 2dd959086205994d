using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.Grains.Ledger.Queries;

/// <summary>The trades of one page and how many trades match the filter in all.</summary>
public sealed record TradePage(IReadOnlyList<Trade> Trades, long TotalItems);
