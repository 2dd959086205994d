using System.Text;
using System.Text.Json;
using OrleansTrading.Api.Realtime.Events;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Json;

namespace OrleansTrading.ApiTests.Realtime;

public sealed class RealtimeEventTests
{
    [Fact]
    public void A_price_update_is_one_socket_io_event_frame_with_the_seed_payload()
    {
        var e = RealtimeEvents.Price("AAA", 101.5m);

        Assert.Equal("""42["price_update",{"symbol":"AAA","price":101.5,"timestamp":"2026-01-02T15:04:05Z"}]""", Utf8(e.SocketIoFrame));
        Assert.True(e.IsDroppable);
    }

    [Fact]
    public void The_same_event_is_one_sse_record_with_the_same_json()
    {
        var e = RealtimeEvents.Price("AAA", 101.5m);

        Assert.Equal("event: price_update\ndata: {\"symbol\":\"AAA\",\"price\":101.5,\"timestamp\":\"2026-01-02T15:04:05Z\"}\n\n", Utf8(e.SseFrame));
    }

    [Fact]
    public void Payloads_use_the_rest_api_wire_format_snake_case_enums_and_raw_indicator_json()
    {
        var trade = RealtimeEvents.SampleTrade("t-1", """{"RSI":{"value":28.5}}""");
        var e = RealtimeEvent.Create(RealtimeEventNames.TradeExecuted, trade, isDroppable: false, TradingJson.Options);

        Assert.Equal(JsonSerializer.Serialize(trade, TradingJson.Options), Utf8(e.PayloadJson));
        using var frame = JsonDocument.Parse(Utf8(e.SocketIoFrame)[2..]);
        var payload = frame.RootElement[1];
        Assert.Equal("trade_executed", frame.RootElement[0].GetString());
        Assert.Equal("buy", payload.GetProperty("type").GetString());
        Assert.Equal("filled", payload.GetProperty("status").GetString());
        Assert.Equal(28.5, payload.GetProperty("indicators_snapshot").GetProperty("RSI").GetProperty("value").GetDouble());
        Assert.False(e.IsDroppable);
    }

    [Fact]
    public void A_bot_status_change_carries_id_status_and_is_active()
    {
        var change = new BotStatusChanged { Id = "bot-1", Status = BotStatus.Running, IsActive = true };

        var e = RealtimeEvent.Create(RealtimeEventNames.BotStatusChanged, change, isDroppable: false, TradingJson.Options);

        Assert.Equal("""42["bot_status_changed",{"id":"bot-1","status":"running","is_active":true}]""", Utf8(e.SocketIoFrame));
    }

    [Fact]
    public void A_payload_string_with_line_breaks_stays_on_one_sse_data_line()
    {
        var e = RealtimeEvent.Create("alert_raised", new { message = "line one\nline two" }, isDroppable: false, TradingJson.Options);

        var record = Utf8(e.SseFrame);
        Assert.Equal(2, record.Split('\n').Length - 2);
        Assert.EndsWith("\n\n", record, StringComparison.Ordinal);
        Assert.Contains("""line one\nline two""", record, StringComparison.Ordinal);
    }

    private static string Utf8(ReadOnlyMemory<byte> bytes) => Encoding.UTF8.GetString(bytes.Span);
}
