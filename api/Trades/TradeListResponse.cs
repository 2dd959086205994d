using System.Text.Json.Serialization;
using OrleansTrading.GrainInterfaces.Trades;

namespace OrleansTrading.Api.Trades;

/// <summary><c>GET /api/trades</c>: one page of trades and where it sits.</summary>
public sealed record TradeListResponse(
    [property: JsonPropertyName("trades")] IReadOnlyList<Trade> Trades,
    [property: JsonPropertyName("pagination")] TradePagination Pagination);
