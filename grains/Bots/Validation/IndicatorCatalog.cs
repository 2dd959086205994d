namespace OrleansTrading.Grains.Bots.Validation;

/// <summary>
/// The indicator names a bot may configure, spelled exactly as the dashboard sends them, with their parameters
/// and the defaults applied when a parameter is omitted (the seed's defaults).
/// </summary>
public static class IndicatorCatalog
{
    private const int MaxPeriod = 1000;

    private static IndicatorParameterSpec Period(string name, double @default, int min = 1) => new(name, min, MaxPeriod, IsInteger: true, @default);

    private static IndicatorParameterSpec Level(string name, double @default) => new(name, 0, 100, IsInteger: false, @default);

    private static readonly IndicatorSpec[] All =
    [
        new("RSI", [Period("period", 14, min: 2), Level("oversold", 30), Level("overbought", 70)], [("oversold", "overbought")]),
        new("MACD", [Period("fast", 12), Period("slow", 26, min: 2), Period("signal", 9)], [("fast", "slow")]),
        new("SMA", [Period("period", 50)], []),
        new("EMA", [Period("period", 20)], []),
        new("Bollinger Bands", [Period("period", 20, min: 2), new("stdDev", 0, 10, IsInteger: false, 2, MinExclusive: true)], []),
        new("Stochastic",
            [Period("kPeriod", 14), Period("dPeriod", 3), Period("smooth", 3), Level("oversold", 20), Level("overbought", 80)],
            [("oversold", "overbought")]),
        new("OBV", [], []),
    ];

    private static readonly Dictionary<string, IndicatorSpec> ByName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>Every supported indicator name, in catalog order.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(s => s.Name).ToArray();

    public static IndicatorSpec? Find(string name) => ByName.GetValueOrDefault(name);
}
