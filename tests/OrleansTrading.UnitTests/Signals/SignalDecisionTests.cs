using OrleansTrading.GrainInterfaces.Bots;
using System.Text.Json;
using OrleansTrading.Grains.Signals;

namespace OrleansTrading.UnitTests.Signals;

public sealed class SignalDecisionTests
{
    [Fact]
    public void Snapshot_holds_the_decision_every_value_and_every_vote()
    {
        var decision = new SignalDecision(SignalDirection.Buy, SignalRule.Majority, 101.5,
        [
            new IndicatorVote("RSI", SignalDirection.Buy, new Dictionary<string, double> { ["rsi"] = 25.5 }, Settings: [new("period", 14), new("oversold", 30)]),
            new IndicatorVote("ADX", SignalDirection.Hold, new Dictionary<string, double> { ["adx"] = 30, ["plus_di"] = 25, ["minus_di"] = 12 }, IsFilter: true, Passed: true),
        ]);

        using var json = JsonDocument.Parse(decision.ToSnapshotJson());

        var root = json.RootElement;
        Assert.Equal("buy", root.GetProperty("decision").GetString());
        Assert.Equal("majority", root.GetProperty("rule").GetString());
        Assert.Equal(101.5, root.GetProperty("close").GetDouble());
        Assert.False(root.TryGetProperty("exit_reason", out _));
        Assert.Equal(25.5, root.GetProperty("RSI").GetProperty("value").GetDouble());
        Assert.Equal(14, root.GetProperty("RSI").GetProperty("period").GetInt32());
        Assert.Equal(30, root.GetProperty("RSI").GetProperty("oversold").GetInt32());
        Assert.Equal("buy", root.GetProperty("RSI").GetProperty("vote").GetString());
        Assert.Equal(["adx", "filter_passed", "minus_di", "plus_di"], root.GetProperty("ADX").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.True(root.GetProperty("ADX").GetProperty("filter_passed").GetBoolean());
    }

    [Fact]
    public void An_exit_snapshot_names_its_reason_and_a_value_still_warming_up_is_null()
    {
        var decision = new SignalDecision(SignalDirection.Hold, SignalRule.All, 99,
            [new IndicatorVote("SMA", SignalDirection.Hold, new Dictionary<string, double> { ["sma"] = double.NaN }, Settings: [new("period", 50)])]);

        using var json = JsonDocument.Parse(decision.ToSnapshotJson("stop_loss"));

        Assert.Equal("stop_loss", json.RootElement.GetProperty("exit_reason").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("SMA").GetProperty("value").ValueKind);
        Assert.Equal(50, json.RootElement.GetProperty("SMA").GetProperty("period").GetInt32());
    }

    /// <summary>Seed 002 Phase 11: the calculators' value keys for each indicator the dashboard knows.</summary>
    public static TheoryData<string, string[]> SeedIndicatorKeys => new()
    {
        { "RSI", ["value", "period", "oversold", "overbought"] },
        { "MACD", ["macd", "signal", "histogram"] },
        { "SMA", ["value", "period"] },
        { "EMA", ["value", "period"] },
        { "Bollinger Bands", ["upper", "middle", "lower"] },
        { "Stochastic", ["k", "d"] },
        { "OBV", ["value"] },
    };

    [Theory]
    [MemberData(nameof(SeedIndicatorKeys))]
    public void A_live_engine_snapshot_has_the_seed_keys_of_every_indicator(string indicator, string[] keys)
    {
        var engine = new SignalEngine(new Dictionary<string, IReadOnlyDictionary<string, double>> { [indicator] = new Dictionary<string, double>() });
        foreach (var bar in OrleansTrading.UnitTests.Indicators.TestBars.Random(200))
        {
            engine.Update(bar);
        }

        using var json = JsonDocument.Parse(engine.Decide().ToSnapshotJson());

        var values = json.RootElement.GetProperty(indicator);
        Assert.All(keys, key => Assert.True(values.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.Number, $"{indicator}.{key}"));
    }
}
