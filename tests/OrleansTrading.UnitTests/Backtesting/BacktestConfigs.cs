using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.UnitTests.Backtesting;

/// <summary>Validated bot configurations for backtest tests.</summary>
internal static class BacktestConfigs
{
    /// <summary>One SMA voter: buy when the close is above SMA(period), sell when below.</summary>
    public static BotConfig Sma(int period = 3, decimal stopLoss = 5, decimal takeProfit = 10, decimal positionSize = 50, params string[] symbols) => new()
    {
        Name = "sma test bot",
        Capital = 10_000m,
        TradingFrequency = 60,
        Symbols = symbols.Length == 0 ? ["TEST"] : symbols,
        StartHour = 9,
        StartMinute = 30,
        EndHour = 16,
        EndMinute = 0,
        Indicators = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["SMA"] = new Dictionary<string, double> { ["period"] = period },
        },
        RiskManagement = new RiskManagement(stopLoss, takeProfit, positionSize, MaxDailyLoss: 100, MaxConcurrentPositions: null),
    };

    /// <summary>RSI + MACD + SMA, majority rule (the benchmark's bot).</summary>
    public static BotConfig RsiMacdSma(params string[] symbols) => Sma(symbols: symbols) with
    {
        Name = "rsi macd sma",
        Indicators = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["RSI"] = new Dictionary<string, double> { ["period"] = 14, ["oversold"] = 30, ["overbought"] = 70 },
            ["MACD"] = new Dictionary<string, double> { ["fast"] = 12, ["slow"] = 26, ["signal"] = 9 },
            ["SMA"] = new Dictionary<string, double> { ["period"] = 20 },
        },
        RiskManagement = new RiskManagement(StopLoss: 2, TakeProfit: 4, MaxPositionSize: 20, MaxDailyLoss: 5, MaxConcurrentPositions: null),
    };
}
