using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.Backtesting.Data;

/// <summary>
/// Counts holes in a bar series. Daily and longer bars: a gap is a pair of consecutive bars with at least one weekday
/// (Monday–Friday, UTC date) strictly between them — weekends are not gaps, exchange holidays are. Intraday bars: a
/// gap is a pair on the same New York date spaced wider than the median spacing — the overnight break is not a gap.
/// </summary>
public static class BarGaps
{
    public static int Count(ReadOnlySpan<Bar> bars, BarInterval interval)
    {
        var gaps = 0;
        if (interval.IsIntraday)
        {
            var sessions = default(NewYorkSessions);
            var limit = interval.MedianSpacing.Ticks;
            for (var i = 0; i < bars.Length; i++)
            {
                var newSession = sessions.IsNewSession(bars[i].Timestamp);
                if (i > 0 && !newSession && bars[i].Timestamp.UtcTicks - bars[i - 1].Timestamp.UtcTicks > limit)
                {
                    gaps++;
                }
            }
            return gaps;
        }
        for (var i = 1; i < bars.Length; i++)
        {
            var from = DateOnly.FromDateTime(bars[i - 1].Timestamp.UtcDateTime);
            var to = DateOnly.FromDateTime(bars[i].Timestamp.UtcDateTime);
            if (interval.MedianSpacing < TimeSpan.FromDays(7) && HasWeekdayBetween(from, to))
            {
                gaps++;
            }
        }
        return gaps;
    }

    private static bool HasWeekdayBetween(DateOnly from, DateOnly to)
    {
        for (var day = from.AddDays(1); day < to; day = day.AddDays(1))
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                return true;
            }
        }
        return false;
    }
}
