using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.Api.Problems;

/// <summary>
/// Every <c>error_code</c> a problem body can carry (seed 002 §15.3 asks for a stable code beside the human
/// <c>detail</c>). The bot command refusals come from the grains as <see cref="BotErrorCodes"/>; the README lists all.
/// </summary>
public static class ApiErrorCodes
{
    /// <summary>422: one or more fields or query parameters are invalid; <c>errors</c> names each.</summary>
    public const string ValidationFailed = BotErrorCodes.ValidationFailed;

    /// <summary>400: the body is not JSON, or is missing.</summary>
    public const string MalformedRequest = "malformed_request";

    public const string TradeNotFound = "trade_not_found";

    public const string PositionNotFound = "position_not_found";

    public const string AlertNotFound = "alert_not_found";

    /// <summary>404: market data for a string that is not a ticker the platform can trade.</summary>
    public const string SymbolNotFound = "symbol_not_found";

    /// <summary>409: closing a position that is already closed.</summary>
    public const string PositionClosed = "position_closed";

    /// <summary>409: the broker refused the closing order or left it resting.</summary>
    public const string CloseNotFilled = "close_not_filled";

    /// <summary>404 for a path no endpoint serves.</summary>
    public const string RouteNotFound = "route_not_found";

    public const string MethodNotAllowed = "method_not_allowed";

    public const string UnsupportedMediaType = "unsupported_media_type";

    public const string InternalError = "internal_error";

    /// <summary>The code of a problem that did not set one itself, from its status alone.</summary>
    public static string ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => MalformedRequest,
        StatusCodes.Status404NotFound => RouteNotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status409Conflict => BotErrorCodes.IllegalTransition,
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType,
        StatusCodes.Status422UnprocessableEntity => ValidationFailed,
        >= 500 => InternalError,
        _ => $"http_{status}",
    };
}
