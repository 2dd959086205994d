using System.Diagnostics;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.PostgresTests.Cluster;
using OrleansTrading.TestSupport.Postgres;
using Xunit.Abstractions;

namespace OrleansTrading.PostgresTests.Recovery;

/// <summary>
/// Issue 5, recovery: a silo dies mid-trading without a graceful shutdown; a new silo of the same cluster brings the
/// running bot back through its keep-trading reminder alone (no client call), and the ledger holds no duplicate.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloKillRecoveryTests(PostgresServerFixture postgres, ITestOutputHelper output)
{
    [Fact]
    public async Task A_bot_on_a_killed_silo_resumes_trading_on_a_new_silo_without_duplicating_any_ledger_row()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("kill");
        var first = await ClusterSilo.StartAsync(connectionString, settings: RecoverySetup.Settings, configure: RecoverySetup.FastRecovery);
        var firstAddress = first.Address;
        string botId;
        int tradesBeforeKill;
        await using (var client = await ClusterClient.ConnectToGatewayAsync(first.GatewayPort))
        {
            var registry = client.Client.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key);
            botId = (await registry.CreateBotAsync(RecoverySetup.AggressiveBot("crash test"))).Bot!.Id;
            Assert.Equal(BotCommandOutcome.Succeeded, (await client.Client.GetGrain<IBotGrain>(botId).StartAsync()).Outcome);
            await Eventually.TrueAsync(async () => await LedgerAudit.TradeCountAsync(connectionString, botId) >= 2,
                TimeSpan.FromSeconds(45), "the bot's first trades");
        }

        await first.KillAsync();
        var killedAt = DateTimeOffset.UtcNow;
        tradesBeforeKill = await LedgerAudit.TradeCountAsync(connectionString, botId);
        // Orleans' kill path still writes Dead on its way out; a killed process would not have. Make it the crash it models.
        await MembershipRows.ReviveAsync(connectionString, firstAddress);

        var clock = Stopwatch.StartNew();
        await using var second = await ClusterSilo.StartAsync(connectionString, settings: RecoverySetup.Settings, configure: RecoverySetup.FastRecovery);
        var started = clock.Elapsed;
        var startedAt = DateTimeOffset.UtcNow;

        // Nothing calls the bot: only its reminder, on the new silo, can bring it back.
        await Eventually.TrueAsync(async () => await BotStorage.LastRunAtAsync(connectionString, botId) > startedAt,
            TimeSpan.FromSeconds(60), "a cycle of the bot on the new silo");
        var cycled = clock.Elapsed;
        await Eventually.TrueAsync(async () => await LedgerAudit.TradeCountAsync(connectionString, botId, killedAt) >= 1,
            TimeSpan.FromSeconds(60), "a trade of the bot after the kill");
        var traded = clock.Elapsed;
        // A kill is final: the dead silo wrote nothing once it was gone, everything new came from the new silo.
        Assert.Equal(0, await LedgerAudit.TradeCountAsync(connectionString, botId, killedAt)
            - await LedgerAudit.TradeCountAsync(connectionString, botId, startedAt));
        output.WriteLine($"Killed with {tradesBeforeKill} trades. New silo up after {started.TotalSeconds:0.0} s; "
            + $"first cycle {(cycled - started).TotalSeconds:0.0} s after it was up (kill → cycle {(cycled).TotalSeconds:0.0} s), "
            + $"first new trade {(traded - started).TotalSeconds:0.0} s after it was up.");

        Assert.Equal(MembershipRows.Dead, await MembershipRows.StatusAsync(connectionString, firstAddress));
        await using var again = await ClusterClient.ConnectToGatewayAsync(second.GatewayPort);
        var bot = again.Client.GetGrain<IBotGrain>(botId);
        var resumed = await bot.GetAsync();
        Assert.Equal(BotStatus.Running, resumed!.Status);
        Assert.True(resumed.LastRunAt > startedAt);
        output.WriteLine($"error_count after resuming: {resumed.ErrorCount}");

        // Stopped, no cycle is mid-write: the ledger must be whole.
        Assert.Equal(BotCommandOutcome.Succeeded, (await bot.StopAsync()).Outcome);
        var audited = await LedgerAudit.AssertConsistentAsync(connectionString, botId);
        Assert.True(audited > tradesBeforeKill);
        output.WriteLine($"Audited {audited} trades.");
    }
}
