using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.GrainInterfaces.Market;

namespace OrleansTrading.GrainTests.Trading;

/// <summary>
/// A bot on its own scripted symbol whose signal the test controls: SMA(2) votes buy when a bar closes above the
/// previous close and sell when below. Capital 10,000 and 10% per position; stop-loss 2%, take-profit 4%.
/// The bot's timer is set to an hour so only the test's explicit cycles run.
/// </summary>
public sealed class TradingScenario(ClusterFixture fixture, string symbol, string botId)
{
    public string Symbol { get; } = symbol;

    public string BotId { get; } = botId;

    public IBotGrain Bot => fixture.Grains.GetGrain<IBotGrain>(BotId);

    public ISymbolGrain SymbolGrain => fixture.Grains.GetGrain<ISymbolGrain>(Symbol);

    /// <summary>Open time of the next bar the test adds.</summary>
    public DateTimeOffset NextBarOpen { get; private set; }

    public static BotConfig Config(string symbol, Func<RiskManagement, RiskManagement>? risk = null, int startHour = 0, int endHour = 23) => new()
    {
        Name = "Scenario " + symbol,
        Capital = 10_000m,
        TradingFrequency = 3600,
        Symbols = [symbol],
        StartHour = startHour,
        StartMinute = 0,
        EndHour = endHour,
        EndMinute = 59,
        Indicators = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["SMA"] = new Dictionary<string, double> { ["period"] = 2 },
        },
        RiskManagement = (risk ?? (r => r))(new RiskManagement(StopLoss: 2, TakeProfit: 4, MaxPositionSize: 10, MaxDailyLoss: 50, MaxConcurrentPositions: null, MaxSymbolNotional: null, MaxGrossExposure: null, MaxDrawdown: null)),
    };

    /// <summary>Creates and starts the bot after two flat history bars (SMA(2) warm, signal hold) and runs its first cycle.</summary>
    public static async Task<TradingScenario> StartAsync(ClusterFixture fixture, BotConfig config)
    {
        ClusterFixture.EnsureMarketOpen();
        var symbol = config.Symbols[0];
        var now = ClusterFixture.Clock.GetUtcNow();
        var minute = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        ClusterFixture.Feed.Add(symbol, minute.AddMinutes(-2), 100);
        ClusterFixture.Feed.Add(symbol, minute.AddMinutes(-1), 100);
        var created = await fixture.Grains.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key).CreateBotAsync(config);
        Assert.Equal(BotCommandOutcome.Succeeded, created.Outcome);
        var scenario = new TradingScenario(fixture, symbol, created.Bot!.Id) { NextBarOpen = minute };
        Assert.Equal(BotCommandOutcome.Succeeded, (await scenario.Bot.StartAsync()).Outcome);
        var first = await scenario.Bot.RunCycleAsync();
        Assert.True(first.Ran);
        Assert.Equal(0, first.OrdersPlaced);
        return scenario;
    }

    /// <summary>
    /// Adds the next bar with <paramref name="close"/>, opening at the later of the next grid minute and the clock's
    /// current minute (a test may have jumped the clock), and moves the clock to the instant it completes.
    /// </summary>
    public void CloseBar(double close)
    {
        var now = ClusterFixture.Clock.GetUtcNow();
        var currentMinute = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        var open = currentMinute > NextBarOpen ? currentMinute : NextBarOpen;
        ClusterFixture.Feed.Add(Symbol, open, close);
        NextBarOpen = open.AddMinutes(1);
        ClusterFixture.Clock.SetUtcNow(NextBarOpen);
    }

    /// <summary>The symbol grain publishes the new bar's price (what position grains react to).</summary>
    public Task<int> PublishPriceAsync() => SymbolGrain.PollAsync();

    public Task<BotCycleReport> CycleAsync() => Bot.RunCycleAsync();
}
