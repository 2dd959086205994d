using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.Grains.Bots.Trading;
using OrleansTrading.Grains.Signals;

namespace OrleansTrading.UnitTests.Bots.Trading;

public sealed class SymbolSignalTrackerTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);

    private static SymbolSignalTracker Sma2() => new(new SignalEngine(
        new Dictionary<string, IReadOnlyDictionary<string, double>> { ["SMA"] = new Dictionary<string, double> { ["period"] = 2 } },
        SignalRule.Majority));

    private static PriceBar[] Bars(params double[] closes) => closes.Select((c, i) => new PriceBar
    {
        Timestamp = Start.AddMinutes(i),
        Open = c,
        High = c,
        Low = c,
        Close = c,
        Volume = 1,
    }).ToArray();

    [Fact]
    public void Each_bar_is_fed_once_however_often_the_window_is_offered()
    {
        var tracker = Sma2();
        var bars = Bars(100, 100, 101, 99);

        Assert.Equal(SignalDirection.Buy, tracker.Advance(bars[..3], out var fed));
        Assert.Equal(3, fed);
        Assert.Equal(SignalDirection.Hold, tracker.Advance(bars[..3], out fed));
        Assert.Equal(0, fed);
        Assert.Equal(SignalDirection.Sell, tracker.Advance(bars, out fed));
        Assert.Equal((1, bars[3].Timestamp), (fed, tracker.LastBar!.Value));
    }

    [Fact]
    public void Warming_consumes_history_up_to_a_mark_without_a_decision_and_acts_on_what_follows()
    {
        var tracker = Sma2();
        var bars = Bars(100, 101, 102, 101);

        tracker.Warm(bars, upTo: bars[2].Timestamp);

        Assert.Equal(bars[2].Timestamp, tracker.LastBar);
        Assert.True(tracker.Engine.IsReady);
        Assert.Equal(SignalDirection.Sell, tracker.Advance(bars, out var fed));
        Assert.Equal(1, fed);
    }
}
