namespace OrleansTrading.Grains.Indicators;

/// <summary>
/// Wilder's true range: the bar's range extended to the previous close when the bar gapped away from it,
/// <c>max(high − low, |high − previousClose|, |low − previousClose|)</c>. The first bar of a series has none.
/// </summary>
public static class TrueRange
{
    public static double Of(double high, double low, double previousClose) =>
        Math.Max(high - low, Math.Max(Math.Abs(high - previousClose), Math.Abs(low - previousClose)));
}
