using System.Globalization;
using OrleansTrading.Api.Dashboard;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Ledger.Queries;

namespace OrleansTrading.Api.Trades;

/// <summary>
/// The query string of <c>GET /api/trades</c> and <c>/api/trades/stats</c> (seed 002, Phase 5) as a ledger query.
/// Date presets cut days in the exchange's time zone: <c>today</c> is today in New York, <c>week</c> the last 7 New
/// York calendar days including today, <c>month</c> the last 30. A custom range takes <c>yyyy-MM-dd</c> dates (whole
/// New York days, both inclusive) or ISO 8601 instants (both inclusive).
/// </summary>
public static class TradeQueryParser
{
    public const int DefaultPageSize = 20;

    /// <summary>The dashboard's CSV export asks for everything with this page size.</summary>
    public const int MaxPageSize = 99_999;

    private static readonly IReadOnlyDictionary<string, TradeSortField> SortFields =
        new Dictionary<string, TradeSortField>(StringComparer.OrdinalIgnoreCase)
        {
            ["timestamp"] = TradeSortField.Timestamp,
            ["symbol"] = TradeSortField.Symbol,
            ["type"] = TradeSortField.Type,
            ["quantity"] = TradeSortField.Quantity,
            ["price"] = TradeSortField.Price,
            ["profit_loss"] = TradeSortField.ProfitLoss,
        };

    private static readonly IReadOnlyDictionary<string, TradeSide?> Types =
        new Dictionary<string, TradeSide?>(StringComparer.OrdinalIgnoreCase)
        {
            ["all"] = null,
            ["buy"] = TradeSide.Buy,
            ["sell"] = TradeSide.Sell,
        };

    private static readonly IReadOnlyDictionary<string, string> DateRanges =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["today"] = "today",
            ["week"] = "week",
            ["month"] = "month",
            ["all"] = "all",
            ["custom"] = "custom",
        };

    public static TradeQuery Query(IQueryCollection query, DateTimeOffset now, QueryErrors errors) => new()
    {
        Filter = Filter(query, now, errors),
        SortField = errors.Choice(query, "sortField", SortFields, TradeSortField.Timestamp),
        Direction = errors.Choice(query, "sortDirection", SortDirections.Choices, SortDirection.Descending),
        Page = errors.WholeNumber(query, "page", 1, 1, int.MaxValue),
        PageSize = errors.WholeNumber(query, "pageSize", DefaultPageSize, 1, MaxPageSize),
    };

    public static TradeFilter Filter(IQueryCollection query, DateTimeOffset now, QueryErrors errors)
    {
        var (from, to) = Range(errors.Choice(query, "dateRange", DateRanges, "all"), query, now, errors);
        return new TradeFilter
        {
            From = from,
            To = to,
            BotId = QueryErrors.Text(query, "botId"),
            // Tickers are upper case everywhere in the ledger; "aapl" means AAPL.
            Symbol = QueryErrors.Text(query, "symbol")?.ToUpperInvariant(),
            Side = errors.Choice(query, "type", Types, null),
        };
    }

    private static (DateTimeOffset? From, DateTimeOffset? To) Range(string preset, IQueryCollection query, DateTimeOffset now, QueryErrors errors)
    {
        switch (preset)
        {
            case "today":
                var (start, end) = ExchangeDay.Today(now);
                return (start, end);
            case "week":
                return (ExchangeDay.StartOfLastDays(now, 7), null);
            case "month":
                return (ExchangeDay.StartOfLastDays(now, 30), null);
            case "custom":
                return Custom(query, errors);
            default:
                return (null, null);
        }
    }

    private static (DateTimeOffset? From, DateTimeOffset? To) Custom(IQueryCollection query, QueryErrors errors)
    {
        var from = Bound(query, "customStartDate", isEnd: false, errors);
        var to = Bound(query, "customEndDate", isEnd: true, errors);
        if (from is { } f && to is { } t && t <= f)
        {
            errors.Add("customEndDate", "customEndDate must not be before customStartDate.");
        }
        return (from, to);
    }

    private static DateTimeOffset? Bound(IQueryCollection query, string parameter, bool isEnd, QueryErrors errors)
    {
        var text = QueryErrors.Text(query, parameter);
        if (text is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ExchangeTime.StartOf(isEnd ? date.AddDays(1) : date);
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
        {
            // The ledger keeps microseconds; one past the end instant makes the exclusive bound include it.
            return isEnd ? instant.AddTicks(TimeSpan.TicksPerMicrosecond) : instant;
        }
        errors.Add(parameter, $"{parameter} must be a date (yyyy-MM-dd) or an ISO 8601 date-time.");
        return null;
    }
}
