using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OrleansTrading.Api.Realtime.Protocol;

/// <summary>
/// One Socket.IO v5 packet in the default text encoding:
/// <c>&lt;type&gt;[&lt;attachments&gt;-][&lt;namespace&gt;,][&lt;ack id&gt;][&lt;JSON&gt;]</c>.
/// Parsing applies the same validity rules as the reference <c>socket.io-parser</c> decoder, so a packet either side
/// would reject is rejected here too.
/// </summary>
public sealed record SocketIoPacket(SocketIoPacketType Type, string Namespace = SocketIoPacket.DefaultNamespace, long? AckId = null, JsonElement? Data = null)
{
    public const string DefaultNamespace = SocketIoNamespaces.Default;

    /// <summary>JavaScript's <c>Number.MAX_SAFE_INTEGER</c> has 16 digits; a longer id cannot be one the client made.</summary>
    private const int MaxAckIdDigits = 15;

    private static readonly HashSet<string> ReservedEventNames =
        ["connect", "connect_error", "disconnect", "disconnecting", "newListener", "removeListener"];

    /// <summary>The binary attachments a binary packet announces (<c>51-[...]</c>); always 0 for the text types.</summary>
    public int Attachments { get; init; }

    /// <summary>The event name of an EVENT packet (a number name is returned as its JSON text), otherwise null.</summary>
    public string? EventName => Type is SocketIoPacketType.Event or SocketIoPacketType.BinaryEvent && Data is { } data
        ? data[0].ValueKind == JsonValueKind.String ? data[0].GetString() : data[0].GetRawText()
        : null;

    public static bool TryParse(string text, [NotNullWhen(true)] out SocketIoPacket? packet)
    {
        packet = null;
        if (text.Length == 0 || text[0] < '0' || text[0] > '6')
        {
            return false;
        }
        var type = (SocketIoPacketType)(text[0] - '0');
        var i = 1;

        var attachments = 0;
        if (type is SocketIoPacketType.BinaryEvent or SocketIoPacketType.BinaryAck)
        {
            var dash = text.IndexOf('-', i);
            if (dash < 0 || !int.TryParse(text.AsSpan(i, dash - i), NumberStyles.None, CultureInfo.InvariantCulture, out attachments))
            {
                return false;
            }
            i = dash + 1;
        }

        var ns = DefaultNamespace;
        if (i < text.Length && text[i] == '/')
        {
            var comma = text.IndexOf(',', i);
            var end = comma < 0 ? text.Length : comma;
            ns = text[i..end];
            i = comma < 0 ? end : end + 1;
        }

        long? ackId = null;
        var digitsStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        if (i > digitsStart)
        {
            if (i - digitsStart > MaxAckIdDigits)
            {
                return false;
            }
            ackId = long.Parse(text.AsSpan(digitsStart, i - digitsStart), NumberStyles.None, CultureInfo.InvariantCulture);
        }

        JsonElement? data = null;
        if (i < text.Length)
        {
            try
            {
                using var document = JsonDocument.Parse(text.AsMemory(i));
                data = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return false;
            }
        }

        if (!IsPayloadValid(type, data))
        {
            return false;
        }
        packet = new SocketIoPacket(type, ns, ackId, data) { Attachments = attachments };
        return true;
    }

    public string Encode()
    {
        var text = new StringBuilder();
        text.Append((int)Type);
        if (Type is SocketIoPacketType.BinaryEvent or SocketIoPacketType.BinaryAck)
        {
            text.Append(Attachments).Append('-');
        }
        if (Namespace != DefaultNamespace)
        {
            text.Append(Namespace).Append(',');
        }
        if (AckId is { } id)
        {
            text.Append(id);
        }
        if (Data is { } data)
        {
            text.Append(data.GetRawText());
        }
        return text.ToString();
    }

    private static bool IsPayloadValid(SocketIoPacketType type, JsonElement? data) => type switch
    {
        SocketIoPacketType.Connect => data is null || data.Value.ValueKind == JsonValueKind.Object,
        SocketIoPacketType.Disconnect => data is null,
        SocketIoPacketType.ConnectError => data is { ValueKind: JsonValueKind.Object or JsonValueKind.String },
        SocketIoPacketType.Event or SocketIoPacketType.BinaryEvent => data is { ValueKind: JsonValueKind.Array } array
            && array.GetArrayLength() > 0
            && (array[0].ValueKind == JsonValueKind.Number
                || (array[0].ValueKind == JsonValueKind.String && !ReservedEventNames.Contains(array[0].GetString()!))),
        SocketIoPacketType.Ack or SocketIoPacketType.BinaryAck => data is { ValueKind: JsonValueKind.Array },
        _ => false,
    };
}
