namespace OrleansTrading.Grains.Signals;

/// <summary>
/// How one configured indicator votes, resolved once (output positions, thresholds) so that voting on every bar is a
/// couple of comparisons with no lookups and no allocation. Seed rules (002, Phase 12) for the seed set; the others
/// follow the same conventions: oscillators buy oversold and sell overbought, lines and trailing stops buy when the
/// close is above them, channels revert (Keltner) or break out (Donchian). ADX, OBV and ATR never vote: ADX with a
/// <c>threshold</c> is a filter that vetoes trades while the trend is weaker; OBV and ATR only inform the snapshot.
/// </summary>
public sealed class IndicatorVoteRule
{
    private enum Kind { Oscillator, CloseAboveLine, LineAboveLine, BandReversion, Breakout, AboveZero, ThresholdFilter, Informational }

    private readonly Kind _kind;
    private readonly int _first;
    private readonly int _second;
    private readonly double _low;
    private readonly double _high;

    private IndicatorVoteRule(string indicator, Kind kind, int first = -1, int second = -1, double low = 0, double high = 0)
    {
        Indicator = indicator;
        _kind = kind;
        _first = first;
        _second = second;
        _low = low;
        _high = high;
        IsFilter = kind is Kind.ThresholdFilter or Kind.Informational;
    }

    public string Indicator { get; }

    /// <summary>Filters never vote; they can only veto the combined decision.</summary>
    public bool IsFilter { get; }

    public static IndicatorVoteRule For(string indicator, IReadOnlyDictionary<string, double> parameters, IReadOnlyList<string> outputNames)
    {
        int Output(string name)
        {
            for (var i = 0; i < outputNames.Count; i++)
            {
                if (string.Equals(outputNames[i], name, StringComparison.Ordinal))
                {
                    return i;
                }
            }
            throw new ArgumentException($"{indicator} has no output '{name}'.", nameof(outputNames));
        }
        double P(string name, double fallback) => parameters.TryGetValue(name, out var v) ? v : fallback;

        return indicator switch
        {
            "RSI" => new(indicator, Kind.Oscillator, Output("rsi"), low: P("oversold", 30), high: P("overbought", 70)),
            "Stochastic" => new(indicator, Kind.Oscillator, Output("stoch_k"), low: P("oversold", 20), high: P("overbought", 80)),
            "MFI" => new(indicator, Kind.Oscillator, Output("mfi"), low: P("oversold", 20), high: P("overbought", 80)),
            "CCI" => new(indicator, Kind.Oscillator, Output("cci"), low: P("oversold", -100), high: P("overbought", 100)),
            "Williams %R" => new(indicator, Kind.Oscillator, Output("williams_r"), low: P("oversold", -80), high: P("overbought", -20)),
            "MACD" => new(indicator, Kind.LineAboveLine, Output("macd"), Output("macd_signal")),
            "SMA" => new(indicator, Kind.CloseAboveLine, Output("sma")),
            "EMA" => new(indicator, Kind.CloseAboveLine, Output("ema")),
            "WMA" => new(indicator, Kind.CloseAboveLine, Output("wma")),
            "VWAP" => new(indicator, Kind.CloseAboveLine, Output("vwap")),
            "Parabolic SAR" => new(indicator, Kind.CloseAboveLine, Output("psar")),
            "SuperTrend" => new(indicator, Kind.CloseAboveLine, Output("supertrend")),
            "Bollinger Bands" => new(indicator, Kind.BandReversion, Output("bb_lower"), Output("bb_upper")),
            "Keltner Channels" => new(indicator, Kind.BandReversion, Output("keltner_lower"), Output("keltner_upper")),
            "Donchian Channels" => new(indicator, Kind.Breakout, Output("donchian_lower"), Output("donchian_upper")),
            "ROC" => new(indicator, Kind.AboveZero, Output("roc")),
            "ADX" when parameters.TryGetValue("threshold", out var threshold) && threshold > 0 =>
                new(indicator, Kind.ThresholdFilter, Output("adx"), low: threshold),
            _ => new(indicator, Kind.Informational),
        };
    }

    /// <summary>The vote given the indicator's outputs (in its output order) and the bar's close.</summary>
    public SignalDirection Vote(ReadOnlySpan<double> outputs, double close) =>
        VoteOn(_first >= 0 ? outputs[_first] : double.NaN, _second >= 0 ? outputs[_second] : double.NaN, close);

    /// <summary>The vote read straight from the state: only the one or two outputs the rule looks at (the per-bar path).</summary>
    public SignalDirection Vote(Indicators.IndicatorState state, double close) =>
        VoteOn(_first >= 0 ? state.GetOutput(_first) : double.NaN, _second >= 0 ? state.GetOutput(_second) : double.NaN, close);

    /// <summary>Whether a filter lets the decision through (always true for voters and informational indicators).</summary>
    public bool Passes(ReadOnlySpan<double> outputs) => _kind != Kind.ThresholdFilter || outputs[_first] >= _low;

    /// <summary><see cref="Passes(ReadOnlySpan{double})"/> read straight from the state.</summary>
    public bool Passes(Indicators.IndicatorState state) => _kind != Kind.ThresholdFilter || state.GetOutput(_first) >= _low;

    private SignalDirection VoteOn(double first, double second, double close) => _kind switch
    {
        Kind.Oscillator => first < _low ? SignalDirection.Buy : first > _high ? SignalDirection.Sell : SignalDirection.Hold,
        Kind.CloseAboveLine => Compare(close, first),
        Kind.LineAboveLine => Compare(first, second),
        Kind.AboveZero => Compare(first, 0),
        Kind.BandReversion => close < first ? SignalDirection.Buy : close > second ? SignalDirection.Sell : SignalDirection.Hold,
        // A close at the channel's edge is a breakout in that direction.
        Kind.Breakout => close >= second ? SignalDirection.Buy : close <= first ? SignalDirection.Sell : SignalDirection.Hold,
        _ => SignalDirection.Hold,
    };

    private static SignalDirection Compare(double value, double reference) =>
        value > reference ? SignalDirection.Buy : value < reference ? SignalDirection.Sell : SignalDirection.Hold;
}
