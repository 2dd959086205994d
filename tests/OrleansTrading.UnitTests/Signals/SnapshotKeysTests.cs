using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.Signals;

namespace OrleansTrading.UnitTests.Signals;

public sealed class SnapshotKeysTests
{
    [Theory]
    [InlineData(new[] { "rsi" }, new[] { "value" })]
    [InlineData(new[] { "macd", "macd_signal", "macd_histogram" }, new[] { "macd", "signal", "histogram" })]
    [InlineData(new[] { "bb_upper", "bb_middle", "bb_lower", "bb_percent_b", "bb_width" }, new[] { "upper", "middle", "lower", "percent_b", "width" })]
    [InlineData(new[] { "stoch_k", "stoch_d" }, new[] { "k", "d" })]
    [InlineData(new[] { "adx", "plus_di", "minus_di" }, new[] { "adx", "plus_di", "minus_di" })]
    public void Keys_follow_the_seed_calculators(string[] outputs, string[] keys) => Assert.Equal(keys, SnapshotKeys.For(outputs));

    [Fact]
    public void Every_catalog_indicator_has_distinct_keys()
    {
        foreach (var definition in IndicatorCatalog.Names.Select(name => IndicatorCatalog.Find(name)!))
        {
            var keys = SnapshotKeys.For(definition.CreateState(new Dictionary<string, double>()).OutputNames);
            Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
            Assert.Empty(keys.Intersect(SnapshotKeys.Settings));
            Assert.DoesNotContain("vote", keys);
        }
    }
}
