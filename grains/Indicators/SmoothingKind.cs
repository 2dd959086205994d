namespace OrleansTrading.Grains.Indicators;

/// <summary>The recurrence a <see cref="SeededSmoother"/> applies once its seed window is full.</summary>
public enum SmoothingKind
{
    /// <summary>Seed = mean; then <c>value + k × (x − value)</c>, k = 2 / (period + 1).</summary>
    Exponential,

    /// <summary>Wilder's average. Seed = mean; then <c>(value × (period − 1) + x) / period</c> (ATR, the ADX line).</summary>
    WilderAverage,

    /// <summary>Wilder's running total (his "TR14", "+DM14" columns). Seed = sum; then <c>value − value / period + x</c>.</summary>
    WilderSum,
}
