using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace OrleansTrading.Grains.Execution;

/// <summary>
/// Client order ids derived from (bot, symbol, bar time, side): a cycle re-run after a crash derives the same id, so
/// the broker's idempotency (paper broker, Alpaca's <c>client_order_id</c>) stops a second order.
/// </summary>
public static class ClientOrderIds
{
    public static string Derive(string botId, string symbol, DateTimeOffset barTimestamp, OrderSide side)
    {
        var key = string.Join('|', botId, symbol, barTimestamp.UtcTicks.ToString(CultureInfo.InvariantCulture), side == OrderSide.Buy ? "buy" : "sell");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        // 32 hex digits (128 bits) keep collisions out of reach and stay well inside Alpaca's 128-character limit.
        return "ot-" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
