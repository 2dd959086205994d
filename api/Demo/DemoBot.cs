using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.Api.Demo;

/// <summary>The demo bot an Embedded-mode start creates so a first look shows something trading.</summary>
public static class DemoBot
{
    public const string Name = "Demo RSI + MACD bot";

    public static BotConfig Config { get; } = new()
    {
        Name = Name,
        Capital = 100_000m,
        TradingFrequency = 5,
        Symbols = ["AAPL", "MSFT", "SPY"],
        StartHour = 0,
        StartMinute = 0,
        EndHour = 23,
        EndMinute = 59,
        Indicators = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["RSI"] = new Dictionary<string, double> { ["period"] = 14, ["oversold"] = 30, ["overbought"] = 70 },
            ["MACD"] = new Dictionary<string, double> { ["fast"] = 12, ["slow"] = 26, ["signal"] = 9 },
        },
        RiskManagement = new RiskManagement(StopLoss: 2, TakeProfit: 4, MaxPositionSize: 10, MaxDailyLoss: 5, MaxConcurrentPositions: 3),
    };
}
