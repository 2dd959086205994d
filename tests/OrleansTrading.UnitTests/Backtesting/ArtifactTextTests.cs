using System.Globalization;
using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Backtesting.Artifacts;

namespace OrleansTrading.UnitTests.Backtesting;

public sealed class ArtifactTextTests
{
    [Fact]
    public void Hand_written_timestamps_and_order_ids_match_the_format_strings()
    {
        var random = new Random(3);
        Span<char> buffer = stackalloc char[32];
        for (var i = 0; i < 20_000; i++)
        {
            // Any second from year 1 to 9999, in any offset.
            var utcTicks = random.NextInt64(DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond;
            var offset = TimeSpan.FromMinutes(random.Next(-14 * 60, 14 * 60 + 1));
            var utc = new DateTime(utcTicks, DateTimeKind.Utc);
            if (utc + offset < DateTime.MinValue.AddDays(1) || utc + offset > DateTime.MaxValue.AddDays(-1))
            {
                continue;
            }
            var instant = new DateTimeOffset(DateTime.SpecifyKind(utc + offset, DateTimeKind.Unspecified), offset);

            var written = ArtifactText.FormatTimestamp(instant, buffer);

            Assert.Equal(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), buffer[..written].ToString());
            Assert.Equal(ArtifactText.Timestamp(instant), buffer[..written].ToString());
            Assert.Equal($"SPY-{utc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-target",
                new BacktestOrderId("SPY", instant, OrderPurpose.Target).ToString());
        }
    }

    [Fact]
    public void The_monthly_table_takes_each_months_last_equity()
    {
        var equity = DailyBars.RandomWalk(400, seed: 9).Select((bar, i) => new EquityPoint(bar.Timestamp, 10_000 + i * 3.5 - i % 7)).ToArray();
        var expected = equity.GroupBy(p => (p.Timestamp.UtcDateTime.Year, p.Timestamp.UtcDateTime.Month)).ToDictionary(g => g.Key, g => g.Last().Equity);

        var monthEnds = HtmlReportWriter.MonthEnds(equity);

        Assert.Equal(expected.OrderBy(e => e.Key), monthEnds.Select(e => KeyValuePair.Create(e.Key, e.Value)));
        Assert.Empty(HtmlReportWriter.MonthEnds([]));
    }

    [Fact]
    public void A_timestamp_needs_twenty_characters()
    {
        var error = Assert.Throws<ArgumentException>(() => ArtifactText.FormatTimestamp(DateTimeOffset.UnixEpoch, new char[19]));

        Assert.Contains("20", error.Message, StringComparison.Ordinal);
    }
}
