using System.Text.Json;
using OrleansTrading.Api.Realtime.Protocol;
using OrleansTrading.Api.Realtime.SocketIo;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary>The packet table of the Socket.IO v5 protocol (specs/socketio.md §4.2) and the decoder's validity rules (§4.7).</summary>
public sealed class SocketIoPacketTests
{
    [Theory]
    [InlineData("0", SocketIoPacketType.Connect, "/", null, null)]
    [InlineData("0{\"token\":\"abc\"}", SocketIoPacketType.Connect, "/", null, "{\"token\":\"abc\"}")]
    [InlineData("0/admin,", SocketIoPacketType.Connect, "/admin", null, null)]
    [InlineData("1", SocketIoPacketType.Disconnect, "/", null, null)]
    [InlineData("1/admin,", SocketIoPacketType.Disconnect, "/admin", null, null)]
    [InlineData("2[\"foo\",{\"a\":1}]", SocketIoPacketType.Event, "/", null, "[\"foo\",{\"a\":1}]")]
    [InlineData("212[\"foo\"]", SocketIoPacketType.Event, "/", 12L, "[\"foo\"]")]
    [InlineData("2/admin,[\"bar\"]", SocketIoPacketType.Event, "/admin", null, "[\"bar\"]")]
    [InlineData("312[\"bar\"]", SocketIoPacketType.Ack, "/", 12L, "[\"bar\"]")]
    [InlineData("312[]", SocketIoPacketType.Ack, "/", 12L, "[]")]
    [InlineData("3/admin,13[\"bar\"]", SocketIoPacketType.Ack, "/admin", 13L, "[\"bar\"]")]
    [InlineData("4{\"message\":\"Not authorized\"}", SocketIoPacketType.ConnectError, "/", null, "{\"message\":\"Not authorized\"}")]
    [InlineData("2[7,\"x\"]", SocketIoPacketType.Event, "/", null, "[7,\"x\"]")]
    public void Decodes_and_re_encodes_the_protocol_examples(string text, SocketIoPacketType type, string ns, long? ackId, string? json)
    {
        Assert.True(SocketIoPacket.TryParse(text, out var packet));

        Assert.Equal(type, packet.Type);
        Assert.Equal(ns, packet.Namespace);
        Assert.Equal(ackId, packet.AckId);
        Assert.Equal(json, packet.Data?.GetRawText());
        Assert.Equal(text, packet.Encode());
    }

    [Fact]
    public void Decodes_a_binary_event_header_with_its_attachment_count()
    {
        Assert.True(SocketIoPacket.TryParse("51-[\"baz\",{\"_placeholder\":true,\"num\":0}]", out var packet));

        Assert.Equal(SocketIoPacketType.BinaryEvent, packet.Type);
        Assert.Equal(1, packet.Attachments);
        Assert.Equal("baz", packet.EventName);
    }

    [Theory]
    [InlineData("2[\"ping\",{\"a\":1}]", "ping")]
    [InlineData("2[7]", "7")]
    public void Exposes_the_event_name(string text, string name)
    {
        Assert.True(SocketIoPacket.TryParse(text, out var packet));
        Assert.Equal(name, packet.EventName);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("7", "unknown type")]
    [InlineData("2", "event without payload")]
    [InlineData("2[]", "empty event array")]
    [InlineData("2{\"a\":1}", "event payload not an array")]
    [InlineData("2[\"connect\",{}]", "reserved event name")]
    [InlineData("2[\"disconnect\"]", "reserved event name")]
    [InlineData("2[{\"a\":1}]", "event name not a string or number")]
    [InlineData("2[\"x\",{oops}]", "invalid JSON")]
    [InlineData("2[\"a\"]\u001e2[\"b\"]", "two packets in one frame")]
    [InlineData("0[1]", "connect payload not an object")]
    [InlineData("1{}", "disconnect with payload")]
    [InlineData("3", "ack without payload")]
    [InlineData("3{\"a\":1}", "ack payload not an array")]
    [InlineData("4[1]", "connect error payload neither object nor string")]
    [InlineData("2123456789012345678[\"x\"]", "ack id longer than any JavaScript safe integer")]
    [InlineData("5[\"x\"]", "binary event without attachment count")]
    public void Rejects_what_the_reference_decoder_rejects(string text, string why)
    {
        Assert.False(SocketIoPacket.TryParse(text, out _), why);
    }

    [Theory]
    [InlineData("/", """40{"sid":"PvsYFNINv1a-8MUdAAAA"}""")]
    [InlineData("/ws", """40/ws,{"sid":"PvsYFNINv1a-8MUdAAAA"}""")]
    public void The_connect_reply_carries_the_namespace_and_socket_id(string ns, string expected) =>
        Assert.Equal(expected, SocketIoFrames.Connected(ns, "PvsYFNINv1a-8MUdAAAA").Encode());

    [Theory]
    [InlineData("/", """4312[{"ok":true}]""")]
    [InlineData("/ws", """43/ws,12[{"ok":true}]""")]
    public void An_ack_repeats_the_namespace_and_client_id_before_its_argument_array(string ns, string expected) =>
        Assert.Equal(expected, SocketIoFrames.Ack(ns, 12, JsonSerializer.SerializeToElement(new[] { new { ok = true } })).Encode());

    [Fact]
    public void A_connect_to_another_namespace_is_refused_on_that_namespace() =>
        Assert.Equal("""44/admin,{"message":"Invalid namespace"}""", SocketIoFrames.InvalidNamespace("/admin").Encode());

    [Fact]
    public void The_ping_event_is_acknowledged_with_pong_and_a_utc_timestamp()
    {
        var reply = ClientEventReplies.For("ping", new DateTimeOffset(2026, 1, 2, 10, 4, 5, TimeSpan.FromHours(-5)));

        Assert.Equal("""[{"pong":true,"timestamp":"2026-01-02T15:04:05Z"}]""", reply.GetRawText());
    }

    [Fact]
    public void Any_other_event_is_acknowledged_with_an_error_so_the_callback_does_not_hang() =>
        Assert.Equal("""[{"error":"unknown_event","event":"subscribe"}]""", ClientEventReplies.For("subscribe", DateTimeOffset.UnixEpoch).GetRawText());
}
