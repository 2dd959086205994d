using System.Globalization;
using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.LiveLoad;

/// <summary>The bots of the load run: one symbol each, a fast MACD so that they trade every few bars, cycling every second.</summary>
internal static class LoadBot
{
    public static BotConfig Config(int index, int symbols) => new()
    {
        Name = "load-" + index.ToString(CultureInfo.InvariantCulture),
        Capital = 100_000m,
        TradingFrequency = 1,
        Symbols = ["S" + (index % symbols).ToString("00", CultureInfo.InvariantCulture)],
        StartHour = 0,
        StartMinute = 0,
        EndHour = 23,
        EndMinute = 59,
        Indicators = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["MACD"] = new Dictionary<string, double> { ["fast"] = 3, ["slow"] = 6, ["signal"] = 2 },
            ["RSI"] = new Dictionary<string, double> { ["period"] = 14 },
        },
        RiskManagement = new RiskManagement(StopLoss: 1, TakeProfit: 1, MaxPositionSize: 5, MaxDailyLoss: 50,
            MaxConcurrentPositions: null, MaxSymbolNotional: null, MaxGrossExposure: null, MaxDrawdown: null),
    };
}
