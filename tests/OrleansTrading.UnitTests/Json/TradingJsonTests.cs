using System.Text.Json;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Json;

namespace OrleansTrading.UnitTests.Json;

public sealed class TradingJsonTests
{
    [Theory]
    [InlineData("2026-02-15T10:23:00+00:00", "\"2026-02-15T10:23:00Z\"")]
    [InlineData("2026-02-15T05:23:00.5-05:00", "\"2026-02-15T10:23:00.5Z\"")]
    [InlineData("2026-02-15T10:23:00.1234567+00:00", "\"2026-02-15T10:23:00.1234567Z\"")]
    public void Timestamps_are_written_as_utc_ending_in_z(string value, string expected) =>
        Assert.Equal(expected, JsonSerializer.Serialize(DateTimeOffset.Parse(value, System.Globalization.CultureInfo.InvariantCulture), TradingJson.Options));

    [Fact]
    public void Timestamps_with_offsets_read_back_as_the_same_instant_in_utc()
    {
        var read = JsonSerializer.Deserialize<DateTimeOffset>("\"2026-02-15T05:23:00-05:00\"", TradingJson.Options);

        Assert.Equal(TimeSpan.Zero, read.Offset);
        Assert.Equal(new DateTimeOffset(2026, 2, 15, 10, 23, 0, TimeSpan.Zero), read);
    }

    [Theory]
    [InlineData(BotStatus.Running, "\"running\"")]
    [InlineData(BotStatus.Paused, "\"paused\"")]
    [InlineData(BotStatus.Stopped, "\"stopped\"")]
    [InlineData(BotStatus.Error, "\"error\"")]
    public void Statuses_are_lower_case_strings(BotStatus status, string expected) =>
        Assert.Equal(expected, JsonSerializer.Serialize(status, TradingJson.Options));
}
