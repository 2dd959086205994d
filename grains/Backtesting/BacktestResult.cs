using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Backtesting.Metrics;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>Everything a run produced: ledgers, equity curve and metrics, with the inputs that made them.</summary>
public sealed record BacktestResult
{
    public required BotConfig Config { get; init; }
    public required BacktestSettings Settings { get; init; }
    public required IReadOnlyList<SymbolBars> Data { get; init; }
    public required BarInterval Interval { get; init; }
    public required IReadOnlyList<BacktestOrder> Orders { get; init; }
    public required IReadOnlyList<BacktestFill> Fills { get; init; }
    public required IReadOnlyList<BacktestTrade> Trades { get; init; }
    public required IReadOnlyList<EquityPoint> Equity { get; init; }

    /// <summary>Risk rejections of signals by code (snake_case), ordinal order.</summary>
    public required IReadOnlyDictionary<string, int> RiskRejections { get; init; }

    /// <summary>Equity points (bars) at whose close a position was held.</summary>
    public required int BarsInMarket { get; init; }

    /// <summary>Σ price × quantity over every fill, buys and sells.</summary>
    public required decimal TradedNotional { get; init; }

    /// <summary>Cash after the last bar (every position is closed by then).</summary>
    public required decimal FinalEquity { get; init; }

    public required PerformanceMetrics Metrics { get; init; }
}
