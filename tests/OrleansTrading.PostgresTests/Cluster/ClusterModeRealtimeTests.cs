using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.GrainInterfaces.Streams;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Streams;
using OrleansTrading.TestSupport.Api;
using OrleansTrading.TestSupport.Bots;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.Cluster;

/// <summary>
/// The realtime fan-out when the api is only an Orleans client: its stream subscriptions live in a separate silo,
/// and what the silo publishes still reaches the api's clients.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterModeRealtimeTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task An_api_in_cluster_mode_forwards_events_published_in_the_silo_to_its_clients()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("clusterrealtime");
        await using var silo = await ClusterSilo.StartAsync(connectionString);
        await using var api = await ApiServer.StartAsync(false, "--Orleans:Mode=Cluster", $"--ConnectionStrings:Postgres={connectionString}");
        using var response = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/events"), HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal(": connected", await events.ReadLineAsync());

        // A real grain event: starting a bot publishes its status change from the silo.
        using var created = await api.Client.PostAsJsonAsync("/api/bots", BotForms.Valid("cluster realtime"));
        var botId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var started = await api.Client.PostAsync($"/api/bots/{botId}/start", null);
        started.EnsureSuccessStatusCode();
        // Cluster mode trades on real-time minute bars and NYSE hours, so publish a price and a trade from the silo.
        var streams = silo.Services.GetRequiredService<IClusterClient>().GetStreamProvider(StreamNames.Provider);
        var at = new DateTimeOffset(2026, 1, 2, 15, 4, 5, TimeSpan.Zero);
        await TradingEvents.PriceAsync(streams, new PriceUpdate { Symbol = "BBB", Price = 12.5m, Timestamp = at });
        await TradingEvents.TradeAsync(streams, new Trade
        {
            Id = "cluster-trade-1", BotId = botId, Symbol = "BBB", Type = TradeSide.Sell, Quantity = 3, Price = 12.5m,
            Timestamp = at, ProfitLoss = 1.5m, Status = TradeStatus.Filled,
        });

        var seen = await ReadEventsAsync(events, ["bot_status_changed", "price_update", "trade_executed"], TimeSpan.FromSeconds(30));

        Assert.Equal(botId, seen["bot_status_changed"].GetProperty("id").GetString());
        Assert.Equal("running", seen["bot_status_changed"].GetProperty("status").GetString());
        Assert.Equal("""{"symbol":"BBB","price":12.5,"timestamp":"2026-01-02T15:04:05Z"}""", seen["price_update"].GetRawText());
        Assert.Equal("cluster-trade-1", seen["trade_executed"].GetProperty("id").GetString());
        Assert.Equal("sell", seen["trade_executed"].GetProperty("type").GetString());
    }

    private static async Task<Dictionary<string, JsonElement>> ReadEventsAsync(StreamReader events, string[] names, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var seen = new Dictionary<string, JsonElement>();
        string? name = null;
        while (!names.All(seen.ContainsKey))
        {
            var line = await events.ReadLineAsync(deadline.Token) ?? throw new Xunit.Sdk.XunitException("The event stream ended.");
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null)
            {
                seen.TryAdd(name, JsonDocument.Parse(line["data: ".Length..]).RootElement.Clone());
            }
        }
        return seen;
    }
}
