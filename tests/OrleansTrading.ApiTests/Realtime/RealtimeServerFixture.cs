using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.Api.Realtime.Fanout;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary>
/// One real api host for the realtime tests: a short heartbeat (so a ping cycle takes half a second), a small client
/// queue (so a stalled client overflows quickly), frequent SSE heartbeats, and a bot aggressive enough to trade within
/// seconds of starting on simulated one-second bars.
/// </summary>
public sealed class RealtimeServerFixture : IAsyncLifetime
{
    public const int PingIntervalMs = 500;
    public const int PingTimeoutMs = 3000;
    public const int ClientQueueCapacity = 64;
    public const string BotSymbol = "AAA";

    private ApiServer? _server;

    public ApiServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public RealtimeHub Hub => Server.Services.GetRequiredService<RealtimeHub>();

    public string BotId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync(
            seedDemoBot: false,
            $"--Realtime:PingIntervalMs={PingIntervalMs}",
            $"--Realtime:PingTimeoutMs={PingTimeoutMs}",
            $"--Realtime:ClientQueueCapacity={ClientQueueCapacity}",
            "--Realtime:SseHeartbeatIntervalMs=300");
        BotId = await StartAggressiveBotAsync(_server.Client);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Fast MACD on one symbol, 1-second cycles, tight stop and target: it buys and sells within seconds.</summary>
    private static async Task<string> StartAggressiveBotAsync(HttpClient client)
    {
        var form = new JsonObject
        {
            ["name"] = "realtime test bot",
            ["capital"] = 100000,
            ["trading_frequency"] = 1,
            ["symbols"] = new JsonArray(BotSymbol),
            ["indicators"] = new JsonObject { ["MACD"] = new JsonObject { ["fast"] = 3, ["slow"] = 6, ["signal"] = 2 } },
            ["risk_management"] = new JsonObject { ["stop_loss"] = 5, ["take_profit"] = 5, ["max_position_size"] = 10, ["max_daily_loss"] = 50 },
            ["start_hour"] = 0,
            ["start_minute"] = 0,
            ["end_hour"] = 23,
            ["end_minute"] = 59,
        };
        using var created = await client.PostAsJsonAsync("/api/bots", form);
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var started = await client.PostAsync($"/api/bots/{id}/start", null);
        started.EnsureSuccessStatusCode();
        return id;
    }
}
