using System.Security.Cryptography;
using System.Text;

namespace OrleansTrading.Grains.Ledger;

/// <summary>
/// Row ids derived from the client order id behind them, as UUID strings (the dashboard's id format). A replayed
/// fill derives the same id, so the ledger's unique keys turn a retry into a no-op.
/// </summary>
public static class LedgerIds
{
    public static string TradeId(string clientOrderId) => Derive("trade", clientOrderId);

    public static string PositionId(string openingClientOrderId) => Derive("position", openingClientOrderId);

    /// <summary>An alert raised at most once per (scope, code, occasion), e.g. a bot's daily-loss trip per session.</summary>
    public static string AlertId(string scope, string code, string occasion) => Derive("alert", scope + "|" + code + "|" + occasion);

    private static string Derive(string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(kind + "|" + key));
        var bytes = hash.AsSpan(0, 16).ToArray();
        // Stamp version 8 (custom) and the RFC 9562 variant so the id is a well-formed UUID.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString();
    }
}
