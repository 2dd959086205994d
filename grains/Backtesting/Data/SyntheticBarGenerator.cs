using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.Risk;

namespace OrleansTrading.Grains.Backtesting.Data;

/// <summary>
/// Deterministic synthetic OHLCV bars for demos and benchmarks: a geometric random walk (volatility 1.2 % per day,
/// scaled by √time for minutes) whose log price is pulled back toward the start price with a two-year half-life — so a
/// million daily bars stay in a realistic range instead of drifting to 10¹⁰⁰ — with overnight gaps, intraday ranges
/// and log-normal volume. Daily bars
/// fall on weekdays at midnight UTC; minute bars fill the 09:30–16:00 New York session of each weekday. Its own
/// SplitMix64 generator keeps the same seed giving the same bars on every platform and runtime.
/// Prices are rounded to cents, then high and low widened to enclose open and close.
/// </summary>
public static class SyntheticBarGenerator
{
    // Pull of the log price toward the start per day: ln 2 / (2 × 252) is a two-year half-life.
    private const double DailyReversion = 0.6931471805599453 / 504;
    private const double DailyVolatility = 0.012;
    private const int MinutesPerSession = 390;

    public static Bar[] Generate(int count, bool intraday, ulong seed, DateOnly start, double startPrice = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new SplitMix64(seed);
        var steps = intraday ? MinutesPerSession : 1;
        var reversion = DailyReversion / steps;
        var anchor = Math.Log(startPrice);
        var volatility = DailyVolatility / Math.Sqrt(steps);
        var bars = new Bar[count];
        var close = startPrice;
        var day = start;
        var minute = 0;
        var sessionOpen = DateTimeOffset.MinValue;
        for (var i = 0; i < count; i++)
        {
            if (!intraday || minute == 0)
            {
                while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    day = day.AddDays(1);
                }
                sessionOpen = intraday ? SessionOpenUtc(day) : new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            }
            var gap = (!intraday || minute == 0 ? 0.3 : 0.05) * volatility * random.NextNormal();
            var open = Round(close * Math.Exp(gap));
            var next = Round(open * Math.Exp(reversion * (anchor - Math.Log(open)) + volatility * random.NextNormal()));
            var high = Round(Math.Max(open, next) * (1 + Math.Abs(random.NextNormal()) * volatility * 0.5));
            var low = Round(Math.Min(open, next) * (1 - Math.Abs(random.NextNormal()) * volatility * 0.5));
            high = Math.Max(high, Math.Max(open, next));
            low = Math.Max(0.01, Math.Min(low, Math.Min(open, next)));
            var volume = Math.Round(1_000_000.0 / steps * Math.Exp(0.3 * random.NextNormal()));
            bars[i] = new Bar(sessionOpen.AddMinutes(minute), open, high, low, next, volume);
            close = next;
            if (intraday && ++minute < MinutesPerSession)
            {
                continue;
            }
            minute = 0;
            day = day.AddDays(1);
        }
        return bars;
    }

    private static DateTimeOffset SessionOpenUtc(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(9, 30));
        return new DateTimeOffset(local, TradingWindow.Exchange.GetUtcOffset(local)).ToUniversalTime();
    }

    private static double Round(double price) => Math.Max(0.01, Math.Round(price, 2, MidpointRounding.AwayFromZero));

    /// <summary>SplitMix64 (Steele, Lea, Flood 2014): tiny, fast and fully specified, unlike <see cref="Random"/>.</summary>
    private struct SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>Uniform in (0, 1]: 53 random bits, never 0 so the logarithm below is finite.</summary>
        public double NextUnit() => ((Next() >> 11) + 1) * (1.0 / (1UL << 53));

        /// <summary>Standard normal by Box–Muller (one of the pair; simplicity over speed).</summary>
        public double NextNormal() => Math.Sqrt(-2 * Math.Log(NextUnit())) * Math.Cos(2 * Math.PI * NextUnit());
    }
}
