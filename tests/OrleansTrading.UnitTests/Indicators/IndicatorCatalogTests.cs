using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

/// <summary>The catalog ties names, parameters and states together; the CLI's column names come from it.</summary>
public sealed class IndicatorCatalogTests
{
    public static TheoryData<string, string[]> ExpectedColumns => new()
    {
        { "SMA", ["sma"] },
        { "EMA", ["ema"] },
        { "WMA", ["wma"] },
        { "RSI", ["rsi"] },
        { "MACD", ["macd", "macd_signal", "macd_histogram"] },
        { "Bollinger Bands", ["bb_upper", "bb_middle", "bb_lower", "bb_percent_b", "bb_width"] },
        { "Stochastic", ["stoch_k", "stoch_d"] },
        { "OBV", ["obv"] },
        { "ATR", ["atr"] },
        { "ADX", ["adx", "plus_di", "minus_di"] },
        { "VWAP", ["vwap"] },
        { "ROC", ["roc"] },
        { "CCI", ["cci"] },
        { "Williams %R", ["williams_r"] },
        { "MFI", ["mfi"] },
        { "Donchian Channels", ["donchian_upper", "donchian_middle", "donchian_lower"] },
        { "Keltner Channels", ["keltner_upper", "keltner_middle", "keltner_lower"] },
        { "Parabolic SAR", ["psar"] },
        { "SuperTrend", ["supertrend"] },
    };

    [Theory]
    [MemberData(nameof(ExpectedColumns))]
    public void Every_indicator_builds_a_state_with_the_documented_columns(string name, string[] columns)
    {
        var state = IndicatorCatalog.Find(name)!.CreateState(new Dictionary<string, double>());

        Assert.Equal(columns, state.OutputNames);
    }

    [Fact]
    public void The_catalog_has_exactly_the_documented_indicators() =>
        Assert.Equal(ExpectedColumns.Select(row => (string)row[0]).Order(), IndicatorCatalog.Names.Order());

    [Theory]
    [InlineData("williamsr", "Williams %R")]
    [InlineData("PARABOLIC-SAR", "Parabolic SAR")]
    [InlineData("keltner channels", "Keltner Channels")]
    public void Loose_names_resolve_for_the_command_line(string typed, string name) =>
        Assert.Equal(name, IndicatorCatalog.FindLoosely(typed)!.Name);

    [Fact]
    public void Configured_parameters_reach_the_state()
    {
        var bars = TestBars.Random(200, seed: 5);
        var state = IndicatorCatalog.Find("Keltner Channels")!.CreateState(new Dictionary<string, double> { ["emaPeriod"] = 10, ["atrPeriod"] = 5, ["multiplier"] = 1.5 });
        foreach (var bar in bars)
        {
            state.Add(bar);
        }

        var batch = Keltner.Calculate(bars, 10, 5, 1.5)[^1];
        Assert.Equal(batch.Upper, state.GetOutput(0));
    }
}
