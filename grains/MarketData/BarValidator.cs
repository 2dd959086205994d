using System.Globalization;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.MarketData;

/// <summary>The per-bar sanity rules backtests load data under (the reader adds ascending, unique timestamps).</summary>
public static class BarValidator
{
    /// <summary>Far above any traded price and far below decimal's range, so money arithmetic cannot overflow.</summary>
    public const double MaxPrice = 1e12;

    /// <summary>What is wrong with <paramref name="bar"/>, or null: 0 &lt; prices &lt; 10¹², high ≥ max(open, close), low ≤ min(open, close), volume ≥ 0.</summary>
    public static string? Problem(in Bar bar)
    {
        if (bar.Open <= 0 || bar.High <= 0 || bar.Low <= 0 || bar.Close <= 0)
        {
            return Invariant($"prices must be greater than 0 (open {bar.Open}, high {bar.High}, low {bar.Low}, close {bar.Close})");
        }
        if (bar.High >= MaxPrice)
        {
            return Invariant($"high {bar.High} is not below {MaxPrice} (prices become decimal money)");
        }
        if (bar.High < Math.Max(bar.Open, bar.Close))
        {
            return Invariant($"high {bar.High} is below max(open, close) = {Math.Max(bar.Open, bar.Close)}");
        }
        if (bar.Low > Math.Min(bar.Open, bar.Close))
        {
            return Invariant($"low {bar.Low} is above min(open, close) = {Math.Min(bar.Open, bar.Close)}");
        }
        if (bar.Volume < 0)
        {
            return Invariant($"volume {bar.Volume} is negative");
        }
        return null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
