namespace OrleansTrading.Grains.MarketData.Feeds;

/// <summary>Arithmetic of bars laid on a fixed grid: bar <c>k</c> opens at <c>origin + k × period</c>.</summary>
public static class BarClock
{
    /// <summary>Open time of bar <paramref name="index"/>.</summary>
    public static DateTimeOffset OpenTime(TimeSpan period, DateTimeOffset origin, long index) =>
        origin + TimeSpan.FromTicks(period.Ticks * index);

    /// <summary>
    /// Indexes of the bars complete at <paramref name="now"/> that open strictly after <paramref name="after"/>,
    /// trimmed to the newest <paramref name="maxBars"/>.
    /// </summary>
    public static (long First, int Count) CompletedRange(TimeSpan period, DateTimeOffset origin, DateTimeOffset? after, DateTimeOffset now, int maxBars)
    {
        if (period <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "The bar period must be positive.");
        }
        // Bar k is complete when origin + (k + 1)·period ≤ now.
        var lastComplete = FloorDiv((now - origin).Ticks, period.Ticks) - 1;
        var first = after is { } a ? FloorDiv((a - origin).Ticks, period.Ticks) + 1 : long.MinValue;
        first = Math.Max(first, lastComplete - Math.Max(0, maxBars) + 1);
        var count = lastComplete - first + 1;
        return count <= 0 ? (first, 0) : (first, (int)count);
    }

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);
}
