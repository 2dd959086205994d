using System.Text;
using OrleansTrading.Api.Realtime.SocketIo;

namespace OrleansTrading.ApiTests.Realtime;

public sealed class PollingTransportTests
{
    [Fact]
    public async Task A_waiting_poll_gets_the_first_packet_and_a_later_poll_gets_everything_buffered_meanwhile()
    {
        var transport = new PollingTransport();
        var waiting = transport.PollAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        await transport.SendAsync(Utf8("40"), CancellationToken.None);
        Assert.Equal("40", Text(await waiting));

        await transport.SendAsync(Utf8("2"), CancellationToken.None);
        await transport.SendAsync(Utf8("42[\"x\",1]"), CancellationToken.None);
        Assert.Equal("2\u001e42[\"x\",1]", Text(await transport.PollAsync(CancellationToken.None)));
    }

    [Fact]
    public async Task A_second_poll_while_one_waits_is_an_overlap()
    {
        var transport = new PollingTransport();
        _ = transport.PollAsync(CancellationToken.None);

        Assert.True((await transport.PollAsync(CancellationToken.None)).IsOverlap);
    }

    [Fact]
    public async Task A_full_buffer_holds_the_event_writer_until_a_poll_takes_it()
    {
        var transport = new PollingTransport();
        await transport.SendAsync(new byte[PollingTransport.MaxBufferedBytes], CancellationToken.None);

        var writable = transport.WaitWritableAsync(CancellationToken.None);
        Assert.False(writable.IsCompleted);

        await transport.PollAsync(CancellationToken.None);
        await writable.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task The_upgrade_probe_answers_the_waiting_poll_with_a_noop_and_detaching_hands_over_the_buffer()
    {
        var transport = new PollingTransport();
        var waiting = transport.PollAsync(CancellationToken.None);

        transport.BeginUpgrade();
        Assert.Equal("6", Text(await waiting));

        await transport.SendAsync(Utf8("42[\"a\",1]"), CancellationToken.None);
        await transport.SendAsync(Utf8("2"), CancellationToken.None);
        Assert.Equal(["42[\"a\",1]", "2"], transport.Detach().Select(p => Encoding.UTF8.GetString(p.Span)));
    }

    [Fact]
    public async Task A_clean_close_is_delivered_as_the_close_packet_to_the_next_poll()
    {
        var transport = new PollingTransport();
        await transport.BeginCloseAsync(new SessionEnd("test", Graceful: true), CancellationToken.None);
        Assert.False(transport.WaitClosedAsync(CancellationToken.None).IsCompleted);

        Assert.Equal("1", Text(await transport.PollAsync(CancellationToken.None)));
        await transport.WaitClosedAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task An_abort_drops_the_waiting_poll_without_a_payload()
    {
        var transport = new PollingTransport();
        var waiting = transport.PollAsync(CancellationToken.None);

        transport.Abort();

        Assert.Null((await waiting).Payload);
    }

    private static ReadOnlyMemory<byte> Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(PollResult result) => Encoding.UTF8.GetString(result.Payload!);
}
