using System.Globalization;
using OrleansTrading.Api.Trades;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Api.Analytics;

/// <summary>
/// <see cref="AnalyticsData"/> from the ledger's tallies over the range and the registered bots. The capital base is
/// the summed capital of the registered bots (<c>totalCapitalDeployed</c>); P&amp;L, wins and losses count closing
/// trades only, as in <see cref="TradeStatsCalculator"/>.
/// </summary>
public static class AnalyticsCalculator
{
    public static AnalyticsData From(TradeAggregates aggregates, IReadOnlyList<Bot> bots)
    {
        var capital = bots.Sum(b => b.Capital);
        var overall = aggregates.Overall;
        var closingDays = aggregates.ByDate
            .Where(d => d.Tally.ClosingTrades > 0)
            .Select(d => (DateOnly.ParseExact(d.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture), d.Tally.TotalPnl))
            .ToArray();
        var (drawdown, drawdownFraction) = DailyEquityMetrics.MaxDrawdown(capital, closingDays);

        var series = new List<AnalyticsPnlPoint>(aggregates.ByDate.Count);
        var cumulative = 0m;
        foreach (var day in aggregates.ByDate)
        {
            cumulative += day.Tally.TotalPnl;
            series.Add(new AnalyticsPnlPoint(day.Key, day.Tally.TotalPnl, cumulative, capital + cumulative, day.Tally.Trades));
        }

        var botsById = bots.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var overview = new AnalyticsOverview
        {
            TotalPnL = overall.TotalPnl,
            TotalPnLPercentage = TradeStatsCalculator.Ratio(TradeStatsCalculator.Divide(overall.TotalPnl * 100m, capital)),
            WinRate = TradeStatsCalculator.WinRate(overall),
            TotalTrades = overall.Trades,
            WinningTrades = overall.Wins,
            LosingTrades = overall.Losses,
            SharpeRatio = Math.Round(DailyEquityMetrics.Sharpe(capital, closingDays), 4),
            ProfitFactor = TradeStatsCalculator.ProfitFactor(overall),
            MaxDrawdown = drawdown,
            MaxDrawdownPercentage = Math.Round(drawdownFraction * 100, 4),
            AvgTradeReturn = TradeStatsCalculator.Money(TradeStatsCalculator.Divide(overall.TotalPnl, overall.ClosingTrades)),
            AvgWin = TradeStatsCalculator.Money(TradeStatsCalculator.Divide(overall.GrossProfit, overall.Wins)),
            AvgLoss = TradeStatsCalculator.Money(TradeStatsCalculator.Divide(overall.GrossLoss, overall.Losses)),
            BestTrade = overall.Best ?? 0m,
            WorstTrade = overall.Worst ?? 0m,
            TotalCapitalDeployed = capital,
        };
        return new AnalyticsData(
            overview,
            series,
            TradeStatsCalculator.ByPnl(aggregates.ByBot).Select(g =>
            {
                var bot = botsById.GetValueOrDefault(g.Key);
                var returnPercentage = bot is null ? 0m : TradeStatsCalculator.Ratio(TradeStatsCalculator.Divide(g.Tally.TotalPnl * 100m, bot.Capital));
                return new BotPerformance(g.Key, bot?.Name ?? g.Key, g.Tally.TotalPnl, g.Tally.Trades, TradeStatsCalculator.WinRate(g.Tally), returnPercentage);
            }).ToArray(),
            TradeStatsCalculator.ByPnl(aggregates.BySymbol)
                .Select(g => new SymbolPerformance(g.Key, g.Tally.TotalPnl, g.Tally.Trades, TradeStatsCalculator.WinRate(g.Tally)))
                .ToArray());
    }
}
