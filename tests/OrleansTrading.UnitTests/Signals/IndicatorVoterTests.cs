using OrleansTrading.Grains.Signals;

namespace OrleansTrading.UnitTests.Signals;

public sealed class IndicatorVoterTests
{
    private static readonly Dictionary<string, double> Defaults = [];

    private static SignalDirection Vote(string indicator, double close, params (string Name, double Value)[] values) =>
        Vote(indicator, Defaults, close, values);

    private static SignalDirection Vote(string indicator, Dictionary<string, double> parameters, double close, params (string Name, double Value)[] values) =>
        IndicatorVoter.Vote(indicator, parameters, values.ToDictionary(v => v.Name, v => v.Value), close).Vote;

    [Theory]
    [InlineData(29.9, SignalDirection.Buy)]
    [InlineData(30, SignalDirection.Hold)]
    [InlineData(70, SignalDirection.Hold)]
    [InlineData(70.1, SignalDirection.Sell)]
    public void Rsi_buys_below_oversold_and_sells_above_overbought(double rsi, SignalDirection expected) =>
        Assert.Equal(expected, Vote("RSI", 100, ("rsi", rsi)));

    [Fact]
    public void Rsi_thresholds_come_from_the_bot_configuration()
    {
        var parameters = new Dictionary<string, double> { ["oversold"] = 20, ["overbought"] = 80 };
        Assert.Equal(SignalDirection.Hold, Vote("RSI", parameters, 100, ("rsi", 25)));
        Assert.Equal(SignalDirection.Buy, Vote("RSI", parameters, 100, ("rsi", 19)));
    }

    [Theory]
    [InlineData(1.2, 1.0, SignalDirection.Buy)]
    [InlineData(0.8, 1.0, SignalDirection.Sell)]
    [InlineData(1.0, 1.0, SignalDirection.Hold)]
    public void Macd_compares_the_line_with_its_signal(double macd, double signal, SignalDirection expected) =>
        Assert.Equal(expected, Vote("MACD", 100, ("macd", macd), ("macd_signal", signal), ("macd_histogram", macd - signal)));

    [Theory]
    [InlineData("SMA", "sma")]
    [InlineData("EMA", "ema")]
    public void Moving_averages_buy_when_the_close_is_above(string indicator, string output)
    {
        Assert.Equal(SignalDirection.Buy, Vote(indicator, 101, (output, 100)));
        Assert.Equal(SignalDirection.Sell, Vote(indicator, 99, (output, 100)));
    }

    [Theory]
    [InlineData(94.9, SignalDirection.Buy)]
    [InlineData(100, SignalDirection.Hold)]
    [InlineData(105.1, SignalDirection.Sell)]
    public void Bollinger_buys_below_the_lower_band_and_sells_above_the_upper(double close, SignalDirection expected) =>
        Assert.Equal(expected, Vote("Bollinger Bands", close, ("bb_upper", 105), ("bb_middle", 100), ("bb_lower", 95), ("bb_percent_b", 0.5), ("bb_width", 0.1)));

    [Theory]
    [InlineData(19, SignalDirection.Buy)]
    [InlineData(50, SignalDirection.Hold)]
    [InlineData(81, SignalDirection.Sell)]
    public void Stochastic_uses_k_against_20_and_80(double k, SignalDirection expected) =>
        Assert.Equal(expected, Vote("Stochastic", 100, ("stoch_k", k), ("stoch_d", 50)));

    [Fact]
    public void Obv_never_votes()
    {
        var vote = IndicatorVoter.Vote("OBV", Defaults, new Dictionary<string, double> { ["obv"] = 1e6 }, 100);

        Assert.True(vote.IsFilter);
        Assert.True(vote.Passed);
    }

    [Fact]
    public void Adx_is_a_filter_only_when_given_a_threshold()
    {
        var values = new Dictionary<string, double> { ["adx"] = 18, ["plus_di"] = 20, ["minus_di"] = 10 };

        Assert.True(IndicatorVoter.Vote("ADX", Defaults, values, 100).Passed);
        Assert.False(IndicatorVoter.Vote("ADX", new Dictionary<string, double> { ["threshold"] = 25 }, values, 100).Passed);
        Assert.True(IndicatorVoter.Vote("ADX", new Dictionary<string, double> { ["threshold"] = 15 }, values, 100).Passed);
    }
}
