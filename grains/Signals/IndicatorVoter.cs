namespace OrleansTrading.Grains.Signals;

/// <summary>
/// One indicator's vote from its current outputs (named as the CLI columns: <c>rsi</c>, <c>macd</c>, …), its
/// configured parameters and the bar's close. Seed rules (002, Phase 12) for the seed set; the additions follow the
/// same convention: oscillators buy oversold and sell overbought, lines buy when price is above them.
/// </summary>
public static class IndicatorVoter
{
    public static IndicatorVote Vote(string indicator, IReadOnlyDictionary<string, double> parameters, IReadOnlyDictionary<string, double> values, double close)
    {
        double P(string name, double fallback) => parameters.TryGetValue(name, out var v) ? v : fallback;
        double V(string name) => values[name];

        switch (indicator)
        {
            case "RSI":
                return Voted(Oscillator(V("rsi"), P("oversold", 30), P("overbought", 70)));
            case "MACD":
                return Voted(Compare(V("macd"), V("macd_signal")));
            case "SMA":
                return Voted(Compare(close, V("sma")));
            case "EMA":
                return Voted(Compare(close, V("ema")));
            case "WMA":
                return Voted(Compare(close, V("wma")));
            case "VWAP":
                return Voted(Compare(close, V("vwap")));
            case "Bollinger Bands":
                return Voted(close < V("bb_lower") ? SignalDirection.Buy : close > V("bb_upper") ? SignalDirection.Sell : SignalDirection.Hold);
            case "Keltner Channels":
                return Voted(close < V("keltner_lower") ? SignalDirection.Buy : close > V("keltner_upper") ? SignalDirection.Sell : SignalDirection.Hold);
            case "Stochastic":
                return Voted(Oscillator(V("stoch_k"), P("oversold", 20), P("overbought", 80)));
            case "MFI":
                return Voted(Oscillator(V("mfi"), P("oversold", 20), P("overbought", 80)));
            case "CCI":
                return Voted(Oscillator(V("cci"), P("oversold", -100), P("overbought", 100)));
            case "Williams %R":
                return Voted(Oscillator(V("williams_r"), P("oversold", -80), P("overbought", -20)));
            case "ROC":
                return Voted(Compare(V("roc"), 0));
            case "Donchian Channels":
                // A close at the channel's edge is a breakout in that direction.
                return Voted(close >= V("donchian_upper") ? SignalDirection.Buy : close <= V("donchian_lower") ? SignalDirection.Sell : SignalDirection.Hold);
            case "Parabolic SAR":
                return Voted(Compare(close, V("psar")));
            case "SuperTrend":
                return Voted(Compare(close, V("supertrend")));
            case "ADX":
                // ADX measures trend strength, not direction: with a threshold it gates every trade, else it only informs.
                return new IndicatorVote(indicator, SignalDirection.Hold, values, IsFilter: true,
                    Passed: !parameters.TryGetValue("threshold", out var threshold) || V("adx") >= threshold);
            default:
                // OBV and ATR carry no direction of their own: recorded in the snapshot, never voting.
                return new IndicatorVote(indicator, SignalDirection.Hold, values, IsFilter: true, Passed: true);
        }

        IndicatorVote Voted(SignalDirection direction) => new(indicator, direction, values);
    }

    private static SignalDirection Oscillator(double value, double oversold, double overbought) =>
        value < oversold ? SignalDirection.Buy : value > overbought ? SignalDirection.Sell : SignalDirection.Hold;

    private static SignalDirection Compare(double value, double reference) =>
        value > reference ? SignalDirection.Buy : value < reference ? SignalDirection.Sell : SignalDirection.Hold;
}
