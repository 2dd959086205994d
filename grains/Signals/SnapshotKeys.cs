namespace OrleansTrading.Grains.Signals;

/// <summary>
/// The value keys of an indicator in a trade's <c>indicators_snapshot</c>, as seed 002's calculators name them
/// (<c>RSI.value</c>, <c>MACD.macd/signal/histogram</c>, <c>Bollinger Bands.upper/middle/lower</c>,
/// <c>Stochastic.k/d</c>): a one-output indicator's output is <c>value</c>; a multi-output indicator's outputs lose the
/// stem their CSV column names share (<c>bb_upper</c> → <c>upper</c>, <c>macd_signal</c> → <c>signal</c>).
/// </summary>
public static class SnapshotKeys
{
    /// <summary>The parameters a snapshot shows beside the values, when the indicator has them (seed: RSI's period, oversold, overbought).</summary>
    public static IReadOnlyList<string> Settings { get; } = ["period", "oversold", "overbought"];

    public static string[] For(IReadOnlyList<string> outputNames)
    {
        if (outputNames.Count == 1)
        {
            return ["value"];
        }
        var first = outputNames[0];
        var separator = first.IndexOf('_', StringComparison.Ordinal);
        var prefix = (separator < 0 ? first : first[..separator]) + "_";
        return outputNames
            .Select(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length ? name[prefix.Length..] : name)
            .ToArray();
    }
}
