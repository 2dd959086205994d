using Microsoft.Extensions.Options;
using OrleansTrading.Grains.MarketData.Feeds;

namespace OrleansTrading.UnitTests.MarketData.Feeds;

public sealed class ReplayMarketDataFeedTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("replay-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private ReplayMarketDataFeed Feed(DateTimeOffset start) => new(Options.Create(new MarketDataOptions
    {
        Feed = MarketDataFeedKind.Replay,
        ReplayDirectory = _directory,
        ReplayStart = start,
        BarPeriod = TimeSpan.FromSeconds(1),
    }));

    [Fact]
    public async Task Recorded_rows_play_one_per_period_from_the_start_and_loop()
    {
        File.WriteAllText(Path.Combine(_directory, "abc.csv"), """
            date,open,high,low,close,volume
            2024-01-02,10,11,9,10.5,100
            2024-01-03,10.5,12,10,11.5,200
            2024-01-04,11.5,12,11,11,300
            """);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var feed = Feed(start);

        var bars = await feed.GetCompletedBarsAsync("ABC", null, start.AddSeconds(5), 100, default);

        Assert.True(feed.Supports("ABC"));
        Assert.False(feed.Supports("XYZ"));
        Assert.Equal([10.5, 11.5, 11, 10.5, 11.5], bars.Select(b => b.Close).ToArray());
        Assert.Equal(Enumerable.Range(0, 5).Select(i => start.AddSeconds(i)), bars.Select(b => b.Timestamp));
        Assert.Empty(await feed.GetCompletedBarsAsync("ABC", null, start, 100, default));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => feed.GetCompletedBarsAsync("XYZ", null, start, 1, default).AsTask());
    }

    [Fact]
    public void A_missing_directory_is_a_clear_startup_error()
    {
        Directory.Delete(_directory);
        var error = Assert.Throws<InvalidOperationException>(() => Feed(DateTimeOffset.UnixEpoch));
        Assert.Contains("ReplayDirectory", error.Message);
        Directory.CreateDirectory(_directory);
    }
}
