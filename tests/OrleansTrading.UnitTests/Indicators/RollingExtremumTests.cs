using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.UnitTests.Indicators;

public sealed class RollingExtremumTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(14)]
    public void Matches_a_naive_window_scan(int period)
    {
        var random = new Random(period);
        var values = Enumerable.Range(0, 5_000).Select(_ => (double)random.Next(100)).ToArray();
        var max = RollingExtremum.Max(period);
        var min = RollingExtremum.Min(period);

        for (var i = 0; i < values.Length; i++)
        {
            max.Add(values[i]);
            min.Add(values[i]);
            var window = values[Math.Max(0, i - period + 1)..(i + 1)];
            Assert.Equal(window.Max(), max.Value);
            Assert.Equal(window.Min(), min.Value);
            Assert.Equal(i >= period - 1, max.IsFull);
        }
    }
}
