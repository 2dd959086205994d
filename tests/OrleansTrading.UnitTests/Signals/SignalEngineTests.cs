using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Indicators;
using OrleansTrading.Grains.Signals;
using OrleansTrading.UnitTests.Indicators;

namespace OrleansTrading.UnitTests.Signals;

public sealed class SignalEngineTests
{
    private static Dictionary<string, IReadOnlyDictionary<string, double>> Config(params (string Name, Dictionary<string, double> Parameters)[] indicators) =>
        indicators.ToDictionary(i => i.Name, i => (IReadOnlyDictionary<string, double>)i.Parameters);

    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Mixed = Config(
        ("RSI", new() { ["period"] = 14 }),
        ("MACD", new()),
        ("SMA", new() { ["period"] = 20 }),
        ("Bollinger Bands", new()),
        ("Stochastic", new()),
        ("ADX", new() { ["threshold"] = 15 }),
        ("OBV", new()));

    [Fact]
    public void No_signal_until_every_indicator_is_ready()
    {
        var engine = new SignalEngine(Config(("RSI", new() { ["period"] = 3 }), ("SMA", new() { ["period"] = 10 })), SignalRule.Any);
        // Falling closes: RSI says buy from bar 3 on, but SMA(10) is not ready before bar 10.
        var bars = TestBars.FromCloses(Enumerable.Range(0, 12).Select(i => 100.0 - i).ToArray());

        var directions = new SignalDirection[bars.Length];
        for (var i = 0; i < bars.Length; i++)
        {
            directions[i] = engine.Update(bars[i]);
        }

        Assert.Equal(10, engine.WarmupPeriod);
        Assert.All(directions[..9], d => Assert.Equal(SignalDirection.Hold, d));
        Assert.True(engine.IsReady);
    }

    [Fact]
    public void An_oversold_rsi_alone_is_a_majority_buy()
    {
        var engine = new SignalEngine(Config(("RSI", new() { ["period"] = 3 })));

        var last = SignalDirection.Hold;
        foreach (var bar in TestBars.FromCloses(10, 9, 8, 7, 6))
        {
            last = engine.Update(bar);
        }

        Assert.Equal(SignalDirection.Buy, last); // every change a loss → RSI 0 < 30
        Assert.Equal(0, engine.Decide().Votes.Single().Values["rsi"]);
    }

    [Theory]
    [InlineData(SignalRule.Majority)]
    [InlineData(SignalRule.All)]
    [InlineData(SignalRule.Any)]
    public void The_fast_path_agrees_with_the_snapshot_on_every_bar(SignalRule rule)
    {
        var engine = new SignalEngine(Mixed, rule);
        var seen = new HashSet<SignalDirection>();

        foreach (var bar in TestBars.Random(5_000, seed: 9))
        {
            var direction = engine.Update(bar);
            Assert.Equal(engine.Decide().Direction, direction);
            seen.Add(direction);
        }

        Assert.Contains(SignalDirection.Hold, seen);
        Assert.True(seen.Count > 1 || rule == SignalRule.All, $"only {string.Join(",", seen)}");
    }

    [Fact]
    public void Snapshot_names_every_configured_indicator()
    {
        var engine = new SignalEngine(Mixed);
        foreach (var bar in TestBars.Random(100))
        {
            engine.Update(bar);
        }

        var decision = engine.Decide();

        Assert.Equal(Mixed.Keys.Order(StringComparer.Ordinal), decision.Votes.Select(v => v.Indicator));
        Assert.True(decision.Votes.Single(v => v.Indicator == "ADX").IsFilter);
        Assert.True(decision.Votes.Single(v => v.Indicator == "OBV").IsFilter);
        using var snapshot = System.Text.Json.JsonDocument.Parse(decision.ToSnapshotJson());
        Assert.Equal(Mixed.Keys.Order(StringComparer.Ordinal), snapshot.RootElement.EnumerateObject().Select(p => p.Name)
            .Where(name => name is not ("decision" or "rule" or "close")).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Updating_allocates_nothing_after_warm_up()
    {
        var engine = new SignalEngine(Mixed);
        var bars = TestBars.Random(12_000, seed: 4);
        for (var i = 0; i < 2_000; i++)
        {
            engine.Update(bars[i]);
        }

        // Least of three rounds: a per-bar allocation shows in each, a runtime one-off (tiered JIT) in one at most.
        var least = long.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            for (var i = 2_000; i < bars.Length; i++)
            {
                engine.Update(bars[i]);
            }
            least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.Equal(0, least);
    }

    [Fact]
    public void Unknown_indicators_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new SignalEngine(Config(("Ichimoku", new()))));
}
