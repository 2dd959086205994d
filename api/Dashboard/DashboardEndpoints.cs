using OrleansTrading.Api.Analytics;
using OrleansTrading.Api.Problems;
using OrleansTrading.Api.Trades;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.Grains.Bots.Validation;
using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Api.Dashboard;

/// <summary>Summary, market status, market data (seed 002, Phase 7) and analytics ("Analytics API Decision", option A).</summary>
public static class DashboardEndpoints
{
    /// <summary>How many recent bars <c>/api/market-data/{symbol}</c> returns.</summary>
    public const int RecentBars = 30;

    private static readonly IReadOnlyDictionary<string, AnalyticsRange> TimeRanges =
        new Dictionary<string, AnalyticsRange>(StringComparer.OrdinalIgnoreCase)
        {
            ["1W"] = AnalyticsRange.OneWeek,
            ["1M"] = AnalyticsRange.OneMonth,
            ["3M"] = AnalyticsRange.ThreeMonths,
            ["6M"] = AnalyticsRange.SixMonths,
            ["1Y"] = AnalyticsRange.OneYear,
            ["ALL"] = AnalyticsRange.All,
        };

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api").WithTags("Dashboard");
        group.MapGet("/summary", SummaryAsync).WithName("GetSummary");
        group.MapGet("/market-status", MarketStatusAsync).WithName("GetMarketStatus");
        // A catch-all, because pair tickers such as BTC/USD arrive with their slash raw (two segments) or as %2F.
        group.MapGet("/market-data/{**symbol}", MarketDataAsync).WithName("GetMarketData").WithSummary("Last price, change, current bar and recent bars; 404 for an unknown symbol.");
        group.MapGet("/analytics", AnalyticsAsync).WithName("GetAnalytics").WithSummary("AnalyticsData over timeRange=1W|1M|3M|6M|1Y|ALL.");
        return routes;
    }

    private static async Task<IResult> SummaryAsync(ILedgerQueries ledger, IClusterClient client, TimeProvider time, CancellationToken cancellationToken)
    {
        var (dayStart, dayEnd) = ExchangeDay.Today(time.GetUtcNow());
        var summary = await ledger.GetSummaryAsync(dayStart, dayEnd, cancellationToken);
        var bots = await BotDirectory.ListAsync(client);
        var capital = bots.Sum(b => b.Capital);
        return TypedResults.Ok(new SummaryStats
        {
            TotalPnl = summary.TotalPnl,
            PnlPercentage = TradeStatsCalculator.Ratio(TradeStatsCalculator.Divide(summary.TotalPnl * 100m, capital)),
            ActiveBots = bots.Count(b => b.Status is BotStatus.Running or BotStatus.Paused),
            PausedBots = bots.Count(b => b.Status == BotStatus.Paused),
            StoppedBots = bots.Count(b => b.Status == BotStatus.Stopped),
            OpenPositions = summary.OpenPositions,
            PositionsValue = summary.PositionsValue,
            TotalTradesToday = summary.TradesInDay,
            WinRate = TradeStatsCalculator.Ratio(TradeStatsCalculator.Divide(summary.WinningTrades * 100m, summary.ClosingTrades)),
        });
    }

    private static async Task<IResult> MarketStatusAsync(IClusterClient client) =>
        TypedResults.Ok(await client.GetGrain<IMarketClockGrain>(IMarketClockGrain.Key).GetStatusAsync());

    private static async Task<IResult> MarketDataAsync(string symbol, IClusterClient client)
    {
        // Kestrel leaves an encoded slash (%2F) encoded in the path, so decode the route value once here.
        var ticker = Uri.UnescapeDataString(symbol).ToUpperInvariant();
        // An invalid ticker names no market: answer 404 without activating a symbol grain for it.
        var snapshot = BotConfigValidator.IsValidTicker(ticker)
            ? await client.GetGrain<ISymbolGrain>(ticker).GetSnapshotAsync(RecentBars)
            : null;
        return snapshot is null ? ApiProblems.NotFound($"No market data for symbol '{symbol}': it is not a ticker the platform trades.", ApiErrorCodes.SymbolNotFound) : TypedResults.Ok(snapshot);
    }

    private static async Task<IResult> AnalyticsAsync(HttpRequest request, ILedgerQueries ledger, IClusterClient client, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        var range = errors.Choice(request.Query, "timeRange", TimeRanges, AnalyticsRange.All);
        if (errors.Any)
        {
            return ApiProblems.Validation(errors.Errors);
        }
        var filter = new TradeFilter { From = AnalyticsRanges.Start(range, time.GetUtcNow()) };
        var aggregates = await ledger.AggregateTradesAsync(filter, cancellationToken);
        var bots = await BotDirectory.ListAsync(client);
        return TypedResults.Ok(AnalyticsCalculator.From(aggregates, bots));
    }
}
