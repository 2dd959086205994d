using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class VwapTests
{
    private static readonly DateTimeOffset Open = new(2024, 1, 2, 14, 30, 0, TimeSpan.Zero); // 09:30 in New York (EST)

    // (high, low, close, volume): typical prices 10, 12, 15, 20.
    private static Bar[] Worked(params DateTimeOffset[] times) =>
    [
        new(times[0], 10, 11, 9, 10, 100),
        new(times[1], 12, 13, 11, 12, 300),
        new(times[2], 15, 16, 14, 15, 0),
        new(times[3], 20, 21, 19, 20, 50),
    ];

    [Fact]
    public void Intraday_bars_restart_at_each_new_york_date()
    {
        // 10; (10×100 + 12×300)/400 = 4600/400 = 11.5; a zero-volume bar leaves it at 11.5; the next day restarts: 20.
        var bars = Worked(Open, Open.AddMinutes(1), Open.AddMinutes(2), Open.AddDays(1));

        Assert.Equal([10.0, 11.5, 11.5, 20.0], Vwap.Calculate(bars).Select(r => r.Vwap));
        Assert.Equal([10.0, 11.5, 11.5, 5600.0 / 450], Vwap.Calculate(bars, sessionReset: false).Select(r => r.Vwap));
    }

    [Fact]
    public void Daily_bars_accumulate_from_the_first_bar()
    {
        // Auto mode sees bars a day apart: no reset, so the last is (4600 + 20×50)/450 = 5600/450 = 12.44….
        var bars = Worked(Open, Open.AddDays(1), Open.AddDays(2), Open.AddDays(3));

        Assert.Equal([10.0, 11.5, 11.5, 5600.0 / 450], Vwap.Calculate(bars).Select(r => r.Vwap));
        // Forced resets make every daily bar its own session; the zero-volume one then has no VWAP.
        Assert.Equal([10.0, 12.0, null, 20.0], Vwap.Calculate(bars, sessionReset: true).Select(r => r.Vwap));
    }

    [Theory]
    // Spring forward on Sunday 2024-03-10: New York midnight is 05:00 UTC before, 04:00 UTC after.
    [InlineData("2024-03-08T00:00:00Z", "2024-03-08T05:00:00Z", "2024-03-09T05:00:00Z", "2024-03-10T05:00:00Z", "2024-03-11T04:00:00Z", "2024-03-12T04:00:00Z")]
    // Fall back on Sunday 2024-11-03: 04:00 UTC before, 05:00 UTC after.
    [InlineData("2024-11-01T00:00:00Z", "2024-11-01T04:00:00Z", "2024-11-02T04:00:00Z", "2024-11-03T04:00:00Z", "2024-11-04T05:00:00Z", "2024-11-05T05:00:00Z")]
    public void Sessions_follow_new_york_midnight_across_daylight_saving(string start, params string[] sessionStarts)
    {
        // Half-hourly bars around the clock with TP = i and volume 1: the VWAP at bar i is the mean of the TPs since
        // the session's first bar s, (s + i)/2, so s = 2 × VWAP − i reveals where each session began.
        var first = DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var bars = Enumerable.Range(0, 5 * 48).Select(i => new Bar(first.AddMinutes(30 * i), i, i, i, i, 1)).ToArray();

        var results = Vwap.Calculate(bars);
        var starts = results.Select((r, i) => bars[(int)Math.Round(2 * r.Vwap!.Value - i)].Timestamp).Distinct();

        var expected = sessionStarts.Select(s => DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected.Prepend(first), starts);
        StreamingAssert.MatchesBatch(new VwapState(), bars, i => [results[i].Vwap]);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(30, null)]
    [InlineData(30, true)]
    [InlineData(30, false)]
    [InlineData(1440, null)]
    [InlineData(1440, true)]
    public void Streaming_equals_batch_on_a_long_random_series(int minutes, bool? sessionReset)
    {
        // 20,000 half-hour bars span 2024-01-02 to 2025-02: both 2024 daylight-saving switches.
        var bars = TestBars.Random(20_000, seed: minutes, interval: TimeSpan.FromMinutes(minutes));
        var batch = Vwap.Calculate(bars, sessionReset);

        StreamingAssert.MatchesBatch(new VwapState(sessionReset), bars, i => [batch[i].Vwap]);
    }

    [Fact]
    public void Auto_mode_is_decided_by_the_first_two_bars()
    {
        var intraday = new VwapState();
        var daily = new VwapState();
        foreach (var bar in TestBars.Random(2, interval: TimeSpan.FromHours(23)))
        {
            intraday.Add(bar);
        }
        foreach (var bar in TestBars.Random(2, interval: TimeSpan.FromDays(1)))
        {
            daily.Add(bar);
        }

        Assert.True(intraday.ResetsEachSession);
        Assert.False(daily.ResetsEachSession);
    }

    [Fact]
    public void Warm_up_and_no_volume()
    {
        var state = new VwapState();
        Assert.Equal(1, state.WarmupPeriod);
        var bars = new Bar[] { new(Open, 10, 11, 9, 10, 0), new(Open.AddMinutes(1), 10, 11, 9, 10, 500) };

        state.Add(bars[0]);
        Assert.False(state.IsReady);
        Assert.True(double.IsNaN(state.Value));
        Assert.Null(Vwap.Calculate(bars)[0].Vwap);
        Assert.Empty(Vwap.Calculate([]));

        state.Add(bars[1]);
        Assert.True(state.IsReady);
        Assert.Equal(10, state.Value);
    }

    [Fact]
    public void Reset_forgets_every_bar_and_the_auto_decision()
    {
        var state = new VwapState();
        foreach (var bar in TestBars.Random(100, interval: TimeSpan.FromDays(1)))
        {
            state.Add(bar);
        }
        Assert.False(state.ResetsEachSession);

        state.Reset();

        Assert.False(state.IsReady);
        var bars = TestBars.Random(3_000, interval: TimeSpan.FromMinutes(5));
        var batch = Vwap.Calculate(bars);
        StreamingAssert.MatchesBatch(state, bars, i => [batch[i].Vwap]);
        Assert.True(state.ResetsEachSession);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(60)]
    public void Add_allocates_nothing_after_warm_up(int minutes) =>
        // Intraday bars: the measured Adds cross several New York midnights.
        AllocationAssert.AddAllocatesNothing(new VwapState(), TestBars.Random(12_000, interval: TimeSpan.FromMinutes(minutes)));
}
