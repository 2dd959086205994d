namespace OrleansTrading.Api.Analytics;

/// <summary>The dashboard's analytics <c>timeRange</c>.</summary>
public enum AnalyticsRange
{
    All = 0,
    OneWeek = 1,
    OneMonth = 2,
    ThreeMonths = 3,
    SixMonths = 4,
    OneYear = 5,
}
