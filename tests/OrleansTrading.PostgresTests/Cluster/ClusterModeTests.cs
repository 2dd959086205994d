using System.Text.Json;
using Dapper;
using Npgsql;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Json;
using OrleansTrading.Grains.Bots.Validation;
using OrleansTrading.TestSupport.Bots;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.Cluster;

/// <summary>Bots in Cluster mode: state in PostgreSQL survives silo restarts and is served by every silo.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterModeTests(PostgresServerFixture postgres)
{
    private static BotConfig ValidConfig(string name) => BotFormConverter.TryConvert(BotForms.Valid(name).Deserialize<BotFormData>()!, out _)!;

    private static string Json(Bot? bot) => JsonSerializer.Serialize(bot, TradingJson.Options);

    [Fact]
    public async Task A_bot_survives_a_full_stop_and_start_of_the_silo()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("restart");
        Bot created;
        await using (var silo = await ClusterSilo.StartAsync(connectionString))
        {
            await using var client = await ClusterClient.ConnectAsync(connectionString);
            var registry = client.Client.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key);
            created = (await registry.CreateBotAsync(ValidConfig("durable"))).Bot!;
            await client.Client.GetGrain<IBotGrain>(created.Id).StartAsync();
            await silo.StopAsync();
        }

        // Nothing of the bot lives in memory any more: the rows are all that is left.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            var payload = await connection.QuerySingleAsync<byte[]>(
                "SELECT payloadbinary FROM orleansstorage WHERE graintypestring = 'bot' AND grainidextensionstring = @id", new { id = created.Id });
            using var state = JsonDocument.Parse(payload);
            Assert.Contains("durable", state.RootElement.GetRawText(), StringComparison.Ordinal);
        }

        await using var restarted = await ClusterSilo.StartAsync(connectionString);
        await using var again = await ClusterClient.ConnectAsync(connectionString);
        var bots = await again.Client.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key).ListBotsAsync();

        var bot = Assert.Single(bots);
        Assert.Equal(created.Id, bot.Id);
        Assert.Equal(BotStatus.Running, bot.Status);
        Assert.Equal(Json(created with { Status = BotStatus.Running, IsActive = true, UpdatedAt = bot.UpdatedAt }), Json(bot));
    }

    [Fact]
    public async Task A_two_silo_cluster_serves_the_same_bot_from_either_gateway()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("twosilo");
        await using var first = await ClusterSilo.StartAsync(connectionString);
        await using var second = await ClusterSilo.StartAsync(connectionString);
        await using var viaFirst = await ClusterClient.ConnectToGatewayAsync(first.GatewayPort);
        await using var viaSecond = await ClusterClient.ConnectToGatewayAsync(second.GatewayPort);

        var created = (await viaFirst.Client.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key).CreateBotAsync(ValidConfig("shared"))).Bot!;
        var seenBySecond = await viaSecond.Client.GetGrain<IBotGrain>(created.Id).GetAsync();
        await viaSecond.Client.GetGrain<IBotGrain>(created.Id).StartAsync();
        var seenByFirst = await viaFirst.Client.GetGrain<IBotGrain>(created.Id).GetAsync();

        Assert.Equal(Json(created), Json(seenBySecond));
        Assert.Equal(BotStatus.Running, seenByFirst!.Status);
        Assert.Equal([created.Id], await viaSecond.Client.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key).ListBotIdsAsync());
        await using var connection = new NpgsqlConnection(connectionString);
        Assert.Equal(2, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM orleansmembershiptable WHERE status = 3"));
    }

    [Fact]
    public async Task Deleting_a_bot_removes_its_ledger_rows_in_postgres()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("cascade");
        await using var silo = await ClusterSilo.StartAsync(connectionString);
        await using var client = await ClusterClient.ConnectAsync(connectionString);
        var registry = client.Client.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key);
        var doomed = (await registry.CreateBotAsync(ValidConfig("doomed"))).Bot!;
        var survivor = (await registry.CreateBotAsync(ValidConfig("survivor"))).Bot!;
        await using var connection = new NpgsqlConnection(connectionString);
        foreach (var botId in new[] { doomed.Id, doomed.Id, survivor.Id })
        {
            await LedgerRows.InsertOneOfEachAsync(connection, botId);
        }

        var deleted = await registry.DeleteBotAsync(doomed.Id);

        Assert.Equal(BotCommandOutcome.Succeeded, deleted.Outcome);
        Assert.Equal(0, await LedgerRows.CountAsync(connection, doomed.Id));
        Assert.Equal(LedgerRows.TablesPerInsert, await LedgerRows.CountAsync(connection, survivor.Id));
    }
}
