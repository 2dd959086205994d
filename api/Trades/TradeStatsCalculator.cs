using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Api.Trades;

/// <summary>
/// Turns the ledger's tallies into <see cref="TradeStats"/>. Only closing trades (with <c>profit_loss</c>) count toward
/// P&amp;L, wins and losses; a break-even close is neither. Rates are percentages; a ratio with nothing to divide by is 0
/// (JSON has no NaN or infinity). Ratios are rounded to 4 decimals, money to 6 (the ledger's precision).
/// </summary>
public static class TradeStatsCalculator
{
    public static TradeStats From(TradeAggregates aggregates, IReadOnlyDictionary<string, string> botNames)
    {
        var overall = aggregates.Overall;
        var cumulative = 0m;
        var byDate = new List<PnlByDate>(aggregates.ByDate.Count);
        foreach (var day in aggregates.ByDate)
        {
            cumulative += day.Tally.TotalPnl;
            byDate.Add(new PnlByDate(day.Key, day.Tally.TotalPnl, cumulative, day.Tally.Trades));
        }
        return new TradeStats
        {
            TotalTrades = overall.Trades,
            WinningTrades = overall.Wins,
            LosingTrades = overall.Losses,
            WinRate = WinRate(overall),
            TotalPnL = overall.TotalPnl,
            AvgPnL = Money(Divide(overall.TotalPnl, overall.ClosingTrades)),
            BestTrade = overall.Best ?? 0m,
            WorstTrade = overall.Worst ?? 0m,
            AvgWin = Money(Divide(overall.GrossProfit, overall.Wins)),
            AvgLoss = Money(Divide(overall.GrossLoss, overall.Losses)),
            ProfitFactor = ProfitFactor(overall),
            PnlByDate = byDate,
            PnlBySymbol = ByPnl(aggregates.BySymbol).Select(g => new PnlBySymbol(g.Key, g.Tally.TotalPnl, g.Tally.Trades, WinRate(g.Tally))).ToArray(),
            PnlByBot = ByPnl(aggregates.ByBot)
                .Select(g => new PnlByBot(g.Key, botNames.GetValueOrDefault(g.Key, g.Key), g.Tally.TotalPnl, g.Tally.Trades, WinRate(g.Tally)))
                .ToArray(),
        };
    }

    /// <summary>Winning closing trades as a percentage of all closing trades.</summary>
    public static decimal WinRate(PnlTally tally) => Ratio(Divide(tally.Wins * 100m, tally.ClosingTrades));

    /// <summary>Gross profit over the absolute gross loss; 0 without losses.</summary>
    public static decimal ProfitFactor(PnlTally tally) => Ratio(Divide(tally.GrossProfit, -tally.GrossLoss));

    /// <summary>Highest P&amp;L first, then the key ordinally, so equal P&amp;L never reorders between calls.</summary>
    public static IEnumerable<PnlGroup> ByPnl(IEnumerable<PnlGroup> groups) =>
        groups.OrderByDescending(g => g.Tally.TotalPnl).ThenBy(g => g.Key, StringComparer.Ordinal);

    public static decimal Divide(decimal numerator, decimal denominator) => denominator == 0 ? 0 : numerator / denominator;

    public static decimal Ratio(decimal value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    public static decimal Money(decimal value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);
}
