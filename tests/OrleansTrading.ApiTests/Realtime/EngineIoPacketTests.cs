using OrleansTrading.Api.Realtime.Protocol;

namespace OrleansTrading.ApiTests.Realtime;

public sealed class EngineIoPacketTests
{
    [Theory]
    [InlineData("2", EngineIoPacketType.Ping, "")]
    [InlineData("3", EngineIoPacketType.Pong, "")]
    [InlineData("3probe", EngineIoPacketType.Pong, "probe")]
    [InlineData("1", EngineIoPacketType.Close, "")]
    [InlineData("40", EngineIoPacketType.Message, "0")]
    [InlineData("42[\"x\",\"héllo €\"]", EngineIoPacketType.Message, "2[\"x\",\"héllo €\"]")]
    public void Parses_the_type_digit_and_keeps_the_rest_as_data(string frame, EngineIoPacketType type, string data)
    {
        Assert.True(EngineIoPacket.TryParse(frame, out var packet));
        Assert.Equal(new EngineIoPacket(type, data), packet);
        Assert.Equal(frame, packet.Encode());
    }

    [Theory]
    [InlineData("")]
    [InlineData("7")]
    [InlineData("x")]
    [InlineData("\u001e2")]
    public void Rejects_frames_that_do_not_start_with_a_packet_type(string frame) =>
        Assert.False(EngineIoPacket.TryParse(frame, out _));

    [Fact]
    public void The_open_packet_advertises_sid_no_upgrades_and_the_heartbeat_in_milliseconds()
    {
        var handshake = new EngineIoHandshake { Sid = "OWLIkNGEKbf9cqdpAAAA", PingInterval = 25000, PingTimeout = 20000, MaxPayload = 1000000 };

        Assert.Equal(
            """0{"sid":"OWLIkNGEKbf9cqdpAAAA","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000}""",
            handshake.ToPacket().Encode());
    }

    [Fact]
    public void The_server_ping_is_the_single_digit_2() => Assert.Equal("2", EngineIoPacket.Ping.Encode());
}
