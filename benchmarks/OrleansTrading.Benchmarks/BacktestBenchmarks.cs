using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Backtesting.Data;
using OrleansTrading.Grains.Signals;

namespace OrleansTrading.Benchmarks;

/// <summary>
/// Engine throughput: a bot with RSI(14) + MACD(12, 26, 9) + SMA(20), majority rule, on one symbol × 1,000,000
/// in-memory bars — the whole run (signals, risk checks, fills, equity curve, metrics). Reported per bar.
/// Daily bars: the trading-window gate does not apply; minute bars: it does (the generator's 09:30–16:00 sessions).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class BacktestBenchmarks
{
    private const int Bars = 1_000_000;

    private static readonly BotConfig Config = new()
    {
        Name = "benchmark",
        Capital = 100_000m,
        TradingFrequency = 60,
        Symbols = ["SPY"],
        StartHour = 9,
        StartMinute = 30,
        EndHour = 16,
        EndMinute = 0,
        Indicators = new Dictionary<string, IReadOnlyDictionary<string, double>>
        {
            ["RSI"] = new Dictionary<string, double> { ["period"] = 14, ["oversold"] = 30, ["overbought"] = 70 },
            ["MACD"] = new Dictionary<string, double> { ["fast"] = 12, ["slow"] = 26, ["signal"] = 9 },
            ["SMA"] = new Dictionary<string, double> { ["period"] = 20 },
        },
        RiskManagement = new RiskManagement(StopLoss: 2, TakeProfit: 4, MaxPositionSize: 20, MaxDailyLoss: 5, MaxConcurrentPositions: null),
    };

    // No costs: on a driftless random walk any cost bleeds the account dry over ~90,000 trades, after which every buy
    // signal becomes an order rejected for cash — a different workload from a live strategy's. Without costs the
    // account stays solvent and all ~90,000 round trips take the full fill path.
    private static readonly BacktestSettings Settings = new() { Capital = 100_000m };

    private SymbolBars[] _data = [];

    [Params("1d", "1m")]
    public string Interval { get; set; } = "1d";

    /// <summary>majority: a round trip every ~11 bars (busy); all: RSI oversold with MACD and SMA agreeing, rarely (mostly the plain per-bar path).</summary>
    [Params("majority", "all")]
    public string Rule { get; set; } = "majority";

    private BotConfig _config = Config;
    private BotConfig _withDrawdownLimit = Config;

    [GlobalSetup]
    public void Setup()
    {
        _data = [new SymbolBars("SPY", "generated", SyntheticBarGenerator.Generate(Bars, Interval == "1m", seed: 1, new DateOnly(2000, 1, 3)))];
        _config = Config with { SignalRule = Rule == "all" ? SignalRule.All : SignalRule.Majority };
        _withDrawdownLimit = _config with { RiskManagement = _config.RiskManagement with { MaxDrawdown = 90 } };
    }

    [Benchmark(OperationsPerInvoke = Bars)]
    public decimal Run() => BacktestEngine.Run(_config, _data, Settings).FinalEquity;

    /// <summary>The same run with a 90 % max-drawdown limit (never reached): what the drawdown guard costs per bar.</summary>
    [Benchmark(OperationsPerInvoke = Bars)]
    public decimal RunWithDrawdownLimit() => BacktestEngine.Run(_withDrawdownLimit, _data, Settings).FinalEquity;

    /// <summary>The same bars through the signal engine alone: the floor the backtest adds its bookkeeping to.</summary>
    [Benchmark(OperationsPerInvoke = Bars)]
    public int SignalsOnly()
    {
        var engine = new SignalEngine(_config.Indicators, _config.SignalRule ?? SignalRule.Majority);
        var buys = 0;
        foreach (var bar in _data[0].Bars)
        {
            if (engine.Update(bar) == SignalDirection.Buy)
            {
                buys++;
            }
        }
        return buys;
    }
}
