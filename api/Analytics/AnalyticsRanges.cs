using OrleansTrading.Api.Dashboard;

namespace OrleansTrading.Api.Analytics;

/// <summary>Where each analytics range starts: the last 7, 30, 90, 180 or 365 New York calendar days, today included.</summary>
public static class AnalyticsRanges
{
    public static DateTimeOffset? Start(AnalyticsRange range, DateTimeOffset now) => range switch
    {
        AnalyticsRange.OneWeek => ExchangeDay.StartOfLastDays(now, 7),
        AnalyticsRange.OneMonth => ExchangeDay.StartOfLastDays(now, 30),
        AnalyticsRange.ThreeMonths => ExchangeDay.StartOfLastDays(now, 90),
        AnalyticsRange.SixMonths => ExchangeDay.StartOfLastDays(now, 180),
        AnalyticsRange.OneYear => ExchangeDay.StartOfLastDays(now, 365),
        _ => null,
    };
}
