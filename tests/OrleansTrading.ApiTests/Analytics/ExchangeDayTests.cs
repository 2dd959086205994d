using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using OrleansTrading.Api.Dashboard;
using OrleansTrading.Api.Trades;

namespace OrleansTrading.ApiTests.Analytics;

/// <summary>Date presets cut New York days, DST-correct, whatever the server's own time zone.</summary>
public sealed class ExchangeDayTests
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Today_on_the_day_clocks_spring_forward_is_23_hours_long()
    {
        // 2026-03-08: midnight is EST (UTC−5), the next midnight EDT (UTC−4).
        Assert.Equal((Utc("2026-03-08T05:00:00Z"), Utc("2026-03-09T04:00:00Z")), ExchangeDay.Today(Utc("2026-03-08T12:00:00Z")));
        // 01:30 UTC on 03-09 is still 03-08 in New York.
        Assert.Equal((Utc("2026-03-08T05:00:00Z"), Utc("2026-03-09T04:00:00Z")), ExchangeDay.Today(Utc("2026-03-09T01:30:00Z")));
    }

    [Fact]
    public void Week_and_month_start_at_new_york_midnight_6_and_29_days_before_today()
    {
        Assert.Equal(Utc("2026-03-04T05:00:00Z"), ExchangeDay.StartOfLastDays(Utc("2026-03-10T12:00:00Z"), 7));
        Assert.Equal(Utc("2026-02-09T05:00:00Z"), ExchangeDay.StartOfLastDays(Utc("2026-03-10T12:00:00Z"), 30));
    }

    [Fact]
    public void A_custom_range_of_dates_covers_whole_new_york_days_both_inclusive()
    {
        var errors = new QueryErrors();
        var query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["dateRange"] = "custom",
            ["customStartDate"] = "2026-03-08",
            ["customEndDate"] = "2026-03-08",
        });

        var filter = TradeQueryParser.Filter(query, Utc("2026-11-01T00:00:00Z"), errors);

        Assert.False(errors.Any);
        Assert.Equal((Utc("2026-03-08T05:00:00Z"), Utc("2026-03-09T04:00:00Z")), (filter.From, filter.To));
    }
}
