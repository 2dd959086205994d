using System.Text;
using OrleansTrading.Api.Realtime.Protocol;

namespace OrleansTrading.ApiTests.Realtime;

public sealed class EngineIoPayloadTests
{
    [Fact]
    public void Packets_are_joined_by_the_record_separator_without_a_trailing_one()
    {
        var body = EngineIoPayload.Encode([Utf8("2"), Utf8("42[\"price_update\",{\"p\":\"é\"}]"), Utf8("40/ws,{\"sid\":\"x\"}")]);

        Assert.Equal("2\u001e42[\"price_update\",{\"p\":\"é\"}]\u001e40/ws,{\"sid\":\"x\"}", Encoding.UTF8.GetString(body));
    }

    [Fact]
    public void A_single_packet_is_sent_as_is() => Assert.Equal("6", Encoding.UTF8.GetString(EngineIoPayload.Encode([Utf8("6")])));

    [Fact]
    public void A_client_payload_splits_into_its_packets()
    {
        Assert.True(EngineIoPayload.TryDecode("3\u001e42/ws,1[\"ping\"]\u001e40", out var packets));

        Assert.Equal(
            [new EngineIoPacket(EngineIoPacketType.Pong, ""), new EngineIoPacket(EngineIoPacketType.Message, "2/ws,1[\"ping\"]"), new EngineIoPacket(EngineIoPacketType.Message, "0")],
            packets);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3\u001e")]
    [InlineData("3\u001e\u001e40")]
    [InlineData("40\u001ehello")]
    public void A_payload_with_an_empty_or_invalid_part_is_rejected(string body) => Assert.False(EngineIoPayload.TryDecode(body, out _));

    [Fact]
    public void The_polling_open_packet_offers_the_websocket_upgrade()
    {
        var handshake = new EngineIoHandshake { Sid = "OWLIkNGEKbf9cqdpAAAA", Upgrades = ["websocket"], PingInterval = 25000, PingTimeout = 60000, MaxPayload = 1000000 };

        Assert.Equal(
            """0{"sid":"OWLIkNGEKbf9cqdpAAAA","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":60000,"maxPayload":1000000}""",
            handshake.ToPacket().Encode());
    }

    private static ReadOnlyMemory<byte> Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
