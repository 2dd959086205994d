using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class RollingRangeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(14)]
    public void Matches_a_naive_window_scan(int period)
    {
        var bars = TestBars.Random(5_000, seed: period);
        var range = new RollingRange(period);

        for (var i = 0; i < bars.Length; i++)
        {
            range.Add(bars[i].High, bars[i].Low);
            var window = bars[Math.Max(0, i - period + 1)..(i + 1)];
            Assert.Equal(window.Max(b => b.High), range.Highest);
            Assert.Equal(window.Min(b => b.Low), range.Lowest);
            Assert.Equal(i >= period - 1, range.IsFull);
        }
    }

    [Fact]
    public void Reset_starts_a_new_window()
    {
        var range = new RollingRange(3);
        range.Add(10, 1);
        range.Add(20, 2);

        range.Reset();
        range.Add(5, 4);

        Assert.Equal((5.0, 4.0, false), (range.Highest, range.Lowest, range.IsFull));
    }
}
