using System.Text.Json.Serialization;

namespace OrleansTrading.Api.Trades;

/// <summary>The dashboard's <c>TradePagination</c> (camelCase, an aggregate). <c>totalPages</c> is 0 when nothing matches.</summary>
public sealed record TradePagination(
    [property: JsonPropertyName("page")] int Page,
    [property: JsonPropertyName("pageSize")] int PageSize,
    [property: JsonPropertyName("totalItems")] long TotalItems,
    [property: JsonPropertyName("totalPages")] long TotalPages);
