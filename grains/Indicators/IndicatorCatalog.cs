namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Every indicator a bot configuration or the <c>indicators</c> CLI can name, spelled as the dashboard sends them,
/// with parameters, defaults (the seed's) and the factory of its incremental state.
/// </summary>
public static class IndicatorCatalog
{
    private const int MaxPeriod = 1000;

    private static IndicatorParameterSpec Period(string name, double @default, int min = 1) => new(name, min, MaxPeriod, IsInteger: true, @default);

    private static IndicatorParameterSpec Level(string name, double @default, double min = 0, double max = 100) => new(name, min, max, IsInteger: false, @default);

    private static IndicatorParameterSpec Positive(string name, double @default, double max) => new(name, 0, max, IsInteger: false, @default, MinExclusive: true);

    private static readonly IndicatorDefinition[] All =
    [
        new("RSI", [Period("period", 14, min: 2), Level("oversold", 30), Level("overbought", 70)], [("oversold", "overbought")],
            s => new RsiState(s.WholeNumber("period"))),
        new("MACD", [Period("fast", 12), Period("slow", 26, min: 2), Period("signal", 9)], [("fast", "slow")],
            s => new MacdState(s.WholeNumber("fast"), s.WholeNumber("slow"), s.WholeNumber("signal"))),
        new("SMA", [Period("period", 50)], [], s => new SmaState(s.WholeNumber("period"))),
        new("EMA", [Period("period", 20)], [], s => new EmaState(s.WholeNumber("period"))),
        new("Bollinger Bands", [Period("period", 20, min: 2), Positive("stdDev", 2, max: 10)], [],
            s => new BollingerBandsState(s.WholeNumber("period"), s.Number("stdDev"))),
        new("Stochastic",
            [Period("kPeriod", 14), Period("dPeriod", 3), Period("smooth", 3), Level("oversold", 20), Level("overbought", 80)],
            [("oversold", "overbought")],
            s => new StochasticState(s.WholeNumber("kPeriod"), s.WholeNumber("dPeriod"), s.WholeNumber("smooth"))),
        new("OBV", [], [], _ => new ObvState()),
        new("WMA", [Period("period", 20)], [], s => new WmaState(s.WholeNumber("period"))),
        new("ROC", [Period("period", 12)], [], s => new RocState(s.WholeNumber("period"))),
        new("ATR", [Period("period", 14)], [], s => new AtrState(s.WholeNumber("period"))),
        // threshold only gates signals (trend strength); it does not change the indicator.
        new("ADX", [Period("period", 14), Level("threshold", 0)], [], s => new AdxState(s.WholeNumber("period"))),
        // sessionReset: 1 = restart at each New York date, 0 = cumulative; omitted = decided from the bar spacing.
        new("VWAP", [new IndicatorParameterSpec("sessionReset", 0, 1, IsInteger: true, -1)], [],
            s => new VwapState(s.Number("sessionReset") switch { 1 => true, 0 => false, _ => null })),
        new("CCI", [Period("period", 20), Level("oversold", -100, -1000, 1000), Level("overbought", 100, -1000, 1000)], [("oversold", "overbought")],
            s => new CciState(s.WholeNumber("period"))),
        new("Williams %R", [Period("period", 14), Level("oversold", -80, -100, 0), Level("overbought", -20, -100, 0)], [("oversold", "overbought")],
            s => new WilliamsRState(s.WholeNumber("period"))),
        new("MFI", [Period("period", 14), Level("oversold", 20), Level("overbought", 80)], [("oversold", "overbought")],
            s => new MfiState(s.WholeNumber("period"))),
        new("Donchian Channels", [Period("period", 20)], [], s => new DonchianState(s.WholeNumber("period"))),
        new("Keltner Channels", [Period("emaPeriod", 20), Period("atrPeriod", 10), Positive("multiplier", 2, max: 10)], [],
            s => new KeltnerState(s.WholeNumber("emaPeriod"), s.WholeNumber("atrPeriod"), s.Number("multiplier"))),
        new("Parabolic SAR", [Positive("step", 0.02, max: 1), Positive("max", 0.2, max: 1)], [("step", "max")],
            s => new ParabolicSarState(s.Number("step"), s.Number("max"))),
        new("SuperTrend", [Period("period", 10), Positive("multiplier", 3, max: 20)], [],
            s => new SuperTrendState(s.WholeNumber("period"), s.Number("multiplier"))),
    ];

    private static readonly Dictionary<string, IndicatorDefinition> ByName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);

    private static readonly Dictionary<string, IndicatorDefinition> ByLooseName = All.ToDictionary(s => Loose(s.Name), StringComparer.Ordinal);

    /// <summary>Every supported indicator name, in catalog order.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(s => s.Name).ToArray();

    /// <summary>The definition spelled exactly <paramref name="name"/> (bot configurations are exact).</summary>
    public static IndicatorDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>
    /// For command lines: ignores case, spaces and punctuation, so <c>rsi</c>, <c>bollingerbands</c> and
    /// <c>WilliamsR</c> all resolve.
    /// </summary>
    public static IndicatorDefinition? FindLoosely(string name) => ByLooseName.GetValueOrDefault(Loose(name));

    private static string Loose(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
