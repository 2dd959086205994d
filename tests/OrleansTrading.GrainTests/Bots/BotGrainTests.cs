using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Json;
using OrleansTrading.GrainInterfaces.Trades;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using OrleansTrading.Grains.Ledger;

namespace OrleansTrading.GrainTests.Bots;

/// <summary>Scripted grain calls against a real (in-process) Orleans cluster.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BotGrainTests(ClusterFixture fixture)
{
    private IBotRegistryGrain Registry => fixture.Grains.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key);

    private async Task<Bot> CreateAsync(string name = "Grain test bot")
    {
        var created = await Registry.CreateBotAsync(TestBotConfigs.Valid(name));
        Assert.Equal(BotCommandOutcome.Succeeded, created.Outcome);
        return created.Bot!;
    }

    [Fact]
    public async Task Create_registers_a_stopped_inactive_bot_with_a_uuid()
    {
        var now = ClusterFixture.Clock.GetUtcNow();

        var bot = await CreateAsync();

        Assert.True(Guid.TryParseExact(bot.Id, "D", out _));
        Assert.Equal(BotStatus.Stopped, bot.Status);
        Assert.False(bot.IsActive);
        Assert.Equal(0, bot.ErrorCount);
        Assert.Null(bot.LastRunAt);
        Assert.Equal(now, bot.CreatedAt);
        Assert.Equal(now, bot.UpdatedAt);
        Assert.Contains(bot.Id, await Registry.ListBotIdsAsync());
        Assert.Equal(Json(bot), Json(await fixture.Grains.GetGrain<IBotGrain>(bot.Id).GetAsync()));
    }

    [Fact]
    public async Task Start_pause_start_stop_then_delete()
    {
        var bot = await CreateAsync();
        var grain = fixture.Grains.GetGrain<IBotGrain>(bot.Id);

        var started = await grain.StartAsync();
        Assert.Equal((BotStatus.Running, true), (started.Bot!.Status, started.Bot.IsActive));
        var paused = await grain.PauseAsync();
        Assert.Equal((BotStatus.Paused, true), (paused.Bot!.Status, paused.Bot.IsActive));
        var resumed = await grain.StartAsync();
        Assert.Equal(BotStatus.Running, resumed.Bot!.Status);
        var stopped = await grain.StopAsync();
        Assert.Equal((BotStatus.Stopped, false), (stopped.Bot!.Status, stopped.Bot.IsActive));

        var deleted = await Registry.DeleteBotAsync(bot.Id);

        Assert.Equal(BotCommandOutcome.Succeeded, deleted.Outcome);
        Assert.Null(await grain.GetAsync());
        Assert.DoesNotContain(bot.Id, await Registry.ListBotIdsAsync());
    }

    [Fact]
    public async Task Illegal_transitions_are_conflicts_and_repeats_succeed_without_changing_anything()
    {
        var bot = await CreateAsync();
        var grain = fixture.Grains.GetGrain<IBotGrain>(bot.Id);

        var pause = await grain.PauseAsync();
        Assert.Equal(BotCommandOutcome.Conflict, pause.Outcome);
        Assert.Equal(BotErrorCodes.IllegalTransition, pause.ErrorCode);
        Assert.Contains("stopped", pause.Message, StringComparison.Ordinal);
        var stopAgain = await grain.StopAsync();
        Assert.Equal(BotCommandOutcome.Succeeded, stopAgain.Outcome);
        Assert.Equal((BotStatus.Stopped, bot.UpdatedAt), (stopAgain.Bot!.Status, stopAgain.Bot.UpdatedAt));

        var started = (await grain.StartAsync()).Bot!;
        var twice = await grain.StartAsync();

        Assert.Equal(BotCommandOutcome.Succeeded, twice.Outcome);
        Assert.Equal(BotStatus.Running, twice.Bot!.Status);
        Assert.Equal(started.UpdatedAt, twice.Bot.UpdatedAt);
        Assert.Equal(BotStatus.Running, (await grain.GetAsync())!.Status);
        await grain.StopAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_running_or_paused_bot_cannot_be_deleted(bool pause)
    {
        var bot = await CreateAsync();
        var grain = fixture.Grains.GetGrain<IBotGrain>(bot.Id);
        await grain.StartAsync();
        if (pause)
        {
            await grain.PauseAsync();
        }

        var deleted = await Registry.DeleteBotAsync(bot.Id);

        Assert.Equal(BotCommandOutcome.Conflict, deleted.Outcome);
        Assert.NotNull(await grain.GetAsync());
        Assert.Contains(bot.Id, await Registry.ListBotIdsAsync());
    }

    [Fact]
    public async Task Update_replaces_the_configuration_and_bumps_updated_at()
    {
        var bot = await CreateAsync();
        ClusterFixture.Clock.Advance(TimeSpan.FromMinutes(5));
        var replacement = TestBotConfigs.Valid("Renamed") with { Capital = 1234.5m, Symbols = ["SPY"] };

        var updated = await fixture.Grains.GetGrain<IBotGrain>(bot.Id).UpdateAsync(replacement);

        Assert.Equal(BotCommandOutcome.Succeeded, updated.Outcome);
        Assert.Equal(("Renamed", 1234.5m), (updated.Bot!.Name, updated.Bot.Capital));
        Assert.Equal(["SPY"], updated.Bot.Symbols);
        Assert.Equal(bot.CreatedAt, updated.Bot.CreatedAt);
        Assert.Equal(bot.UpdatedAt + TimeSpan.FromMinutes(5), updated.Bot.UpdatedAt);
    }

    [Fact]
    public async Task Grains_refuse_invalid_configurations_even_from_trusted_callers()
    {
        var invalid = TestBotConfigs.Valid() with { Capital = 0, Symbols = [] };

        var created = await Registry.CreateBotAsync(invalid);
        var direct = await fixture.Grains.GetGrain<IBotGrain>(Guid.NewGuid().ToString()).CreateAsync(invalid);

        Assert.Equal(BotCommandOutcome.Invalid, created.Outcome);
        Assert.Equal(["capital", "symbols"], created.Errors!.Keys.Order());
        Assert.Equal(BotCommandOutcome.Invalid, direct.Outcome);
    }

    [Fact]
    public async Task Unknown_bots_are_not_found()
    {
        var grain = fixture.Grains.GetGrain<IBotGrain>(Guid.NewGuid().ToString());

        Assert.Null(await grain.GetAsync());
        Assert.Equal(BotCommandOutcome.NotFound, (await grain.StartAsync()).Outcome);
        Assert.Equal(BotCommandOutcome.NotFound, (await grain.UpdateAsync(TestBotConfigs.Valid())).Outcome);
        Assert.Equal(BotCommandOutcome.NotFound, (await Registry.DeleteBotAsync(Guid.NewGuid().ToString())).Outcome);
    }

    [Fact]
    public async Task Creating_an_existing_bot_again_is_a_conflict()
    {
        var bot = await CreateAsync();

        var again = await fixture.Grains.GetGrain<IBotGrain>(bot.Id).CreateAsync(TestBotConfigs.Valid("Other"));

        Assert.Equal(BotCommandOutcome.Conflict, again.Outcome);
        Assert.Equal(bot.Name, (await fixture.Grains.GetGrain<IBotGrain>(bot.Id).GetAsync())!.Name);
    }

    [Fact]
    public async Task List_is_newest_first()
    {
        var older = await CreateAsync("older");
        ClusterFixture.Clock.Advance(TimeSpan.FromSeconds(1));
        var newer = await CreateAsync("newer");

        var ids = (await Registry.ListBotsAsync()).Select(b => b.Id).ToList();

        Assert.True(ids.IndexOf(newer.Id) < ids.IndexOf(older.Id));
        Assert.Equal((await Registry.ListBotsAsync()).OrderByDescending(b => b.CreatedAt).Select(b => b.Id), ids);
    }

    [Fact]
    public async Task Delete_removes_the_bots_ledger_rows_and_only_those()
    {
        var doomed = await CreateAsync("doomed");
        var survivor = await CreateAsync("survivor");
        var ledger = ((InProcessSiloHandle)fixture.Cluster.Primary!).ServiceProvider!.GetRequiredService<ITradeLedger>();
        await ledger.RecordTradeAsync(SampleTrade(doomed.Id), CancellationToken.None);
        await ledger.RecordTradeAsync(SampleTrade(doomed.Id), CancellationToken.None);
        await ledger.RecordTradeAsync(SampleTrade(survivor.Id), CancellationToken.None);

        await Registry.DeleteBotAsync(doomed.Id);

        Assert.Empty(await ledger.GetTradesByBotAsync(doomed.Id, CancellationToken.None));
        Assert.Single(await ledger.GetTradesByBotAsync(survivor.Id, CancellationToken.None));
    }

    /// <summary>Records compare collections by reference; the wire JSON compares what matters.</summary>
    private static string Json(Bot? bot) => JsonSerializer.Serialize(bot, TradingJson.Options);

    private static Trade SampleTrade(string botId) => new()
    {
        Id = Guid.NewGuid().ToString(),
        BotId = botId,
        Symbol = "AAPL",
        Type = TradeSide.Buy,
        Quantity = 10,
        Price = 187.25m,
        Timestamp = ClusterFixture.Clock.GetUtcNow(),
        Status = TradeStatus.Filled,
    };
}
