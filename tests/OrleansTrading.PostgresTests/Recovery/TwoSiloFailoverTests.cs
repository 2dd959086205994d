using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.PostgresTests.Cluster;
using OrleansTrading.TestSupport.Postgres;
using Xunit.Abstractions;

namespace OrleansTrading.PostgresTests.Recovery;

/// <summary>Issue 5, recovery: in a two-silo cluster, stopping one silo leaves every bot trading on the other.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TwoSiloFailoverTests(PostgresServerFixture postgres, ITestOutputHelper output)
{
    private const int Bots = 4;

    [Fact]
    public async Task Stopping_one_of_two_silos_leaves_every_bot_trading_on_the_other()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("failover");
        var silos = new[]
        {
            await ClusterSilo.StartAsync(connectionString, settings: RecoverySetup.Settings, configure: RecoverySetup.FastRecovery),
            await ClusterSilo.StartAsync(connectionString, settings: RecoverySetup.Settings, configure: RecoverySetup.FastRecovery),
        };
        await using var firstSilo = silos[0];
        await using var secondSilo = silos[1];
        await using var viaFirst = await ClusterClient.ConnectToGatewayAsync(silos[0].GatewayPort);
        await using var viaSecond = await ClusterClient.ConnectToGatewayAsync(silos[1].GatewayPort);

        var botIds = new List<string>();
        for (var i = 0; i < Bots; i++)
        {
            // Each bot on its own symbols, so their signals (and orders) differ.
            var client = (i % 2 == 0 ? viaFirst : viaSecond).Client;
            var config = RecoverySetup.AggressiveBot($"failover {i}", $"FO{i}A", $"FO{i}B");
            var botId = (await client.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key).CreateBotAsync(config)).Bot!.Id;
            Assert.Equal(BotCommandOutcome.Succeeded, (await client.GetGrain<IBotGrain>(botId).StartAsync()).Outcome);
            botIds.Add(botId);
        }
        foreach (var botId in botIds)
        {
            await Eventually.TrueAsync(async () => await LedgerAudit.TradeCountAsync(connectionString, botId) >= 1,
                TimeSpan.FromSeconds(45), $"a first trade of bot {botId}");
        }

        // Stop the silo that hosts the most bots (the test is void if it hosts none).
        var hosts = new Dictionary<string, SiloAddress>(StringComparer.Ordinal);
        var management = viaFirst.Client.GetGrain<IManagementGrain>(0);
        foreach (var botId in botIds)
        {
            hosts[botId] = await management.GetActivationAddress(viaFirst.Client.GetGrain<IBotGrain>(botId))
                ?? throw new InvalidOperationException($"Bot {botId} is not active.");
        }
        var victim = silos.MaxBy(s => hosts.Values.Count(h => h.Equals(s.Address)))!;
        var survivor = silos.Single(s => s != victim);
        var survivorClient = survivor == silos[0] ? viaFirst : viaSecond;
        var orphaned = hosts.Where(h => h.Value.Equals(victim.Address)).Select(h => h.Key).ToList();
        Assert.NotEmpty(orphaned);
        output.WriteLine($"Bots on the stopped silo: {orphaned.Count} of {Bots}.");

        await victim.StopAsync();
        var stoppedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();

        // No client call until every bot has cycled and traded again: the survivors' timers and the orphans' reminders do it.
        foreach (var botId in botIds)
        {
            await Eventually.TrueAsync(async () => await BotStorage.LastRunAtAsync(connectionString, botId) > stoppedAt,
                TimeSpan.FromSeconds(60), $"a cycle of bot {botId} after the stop");
            var cycled = clock.Elapsed;
            await Eventually.TrueAsync(async () => await LedgerAudit.TradeCountAsync(connectionString, botId, stoppedAt) >= 1,
                TimeSpan.FromSeconds(60), $"a trade of bot {botId} after the stop");
            output.WriteLine($"Bot {botId} ({(orphaned.Contains(botId) ? "moved" : "stayed")}): cycling again by {cycled.TotalSeconds:0.0} s, "
                + $"trading again by {clock.Elapsed.TotalSeconds:0.0} s after the stop.");
        }

        var management2 = survivorClient.Client.GetGrain<IManagementGrain>(0);
        foreach (var botId in botIds)
        {
            var bot = survivorClient.Client.GetGrain<IBotGrain>(botId);
            Assert.Equal(survivor.Address, await management2.GetActivationAddress(bot));
            var state = await bot.GetAsync();
            Assert.Equal(BotStatus.Running, state!.Status);
            Assert.True(state.LastRunAt > stoppedAt);
            // No failed cycle either: a position grain that cannot re-follow its prices on the survivor fails every cycle.
            Assert.Equal(0, state.ErrorCount);
            Assert.Equal(BotCommandOutcome.Succeeded, (await bot.StopAsync()).Outcome);
            await LedgerAudit.AssertConsistentAsync(connectionString, botId);
        }
    }
}
