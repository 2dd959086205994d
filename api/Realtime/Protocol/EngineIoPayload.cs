using System.Text;

namespace OrleansTrading.Api.Realtime.Protocol;

/// <summary>
/// The body of an Engine.IO v4 HTTP long-polling request or response: text packets joined by the record separator
/// <c>\x1e</c>, which JSON never contains unescaped, so no length prefixes are needed (v3's framing).
/// </summary>
public static class EngineIoPayload
{
    public const char Separator = '\u001e';

    public const string ContentType = "text/plain; charset=UTF-8";

    private const byte SeparatorByte = 0x1e;

    /// <summary>Joins encoded packets (UTF-8) into one response body.</summary>
    public static byte[] Encode(IReadOnlyList<ReadOnlyMemory<byte>> packets)
    {
        var length = packets.Sum(p => p.Length) + Math.Max(0, packets.Count - 1);
        var body = new byte[length];
        var at = 0;
        for (var i = 0; i < packets.Count; i++)
        {
            if (i > 0)
            {
                body[at++] = SeparatorByte;
            }
            packets[i].Span.CopyTo(body.AsSpan(at));
            at += packets[i].Length;
        }
        return body;
    }

    /// <summary>
    /// Splits a request body into its packets; false when any part is not an Engine.IO packet (an empty body included),
    /// which the reference server treats as a transport error.
    /// </summary>
    public static bool TryDecode(string body, out IReadOnlyList<EngineIoPacket> packets)
    {
        var parsed = new List<EngineIoPacket>();
        packets = parsed;
        foreach (var part in body.Split(Separator))
        {
            if (!EngineIoPacket.TryParse(part, out var packet))
            {
                return false;
            }
            parsed.Add(packet);
        }
        return true;
    }

    public static string Decode(ReadOnlySpan<byte> body) => Encoding.UTF8.GetString(body);
}
