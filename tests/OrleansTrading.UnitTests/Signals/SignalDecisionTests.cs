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
            new IndicatorVote("RSI", SignalDirection.Buy, new Dictionary<string, double> { ["rsi"] = 25.5 }),
            new IndicatorVote("ADX", SignalDirection.Hold, new Dictionary<string, double> { ["adx"] = 30 }, IsFilter: true, Passed: true),
        ]);

        using var json = JsonDocument.Parse(decision.ToSnapshotJson());

        var root = json.RootElement;
        Assert.Equal("buy", root.GetProperty("decision").GetString());
        Assert.Equal("majority", root.GetProperty("rule").GetString());
        Assert.Equal(101.5, root.GetProperty("close").GetDouble());
        Assert.Equal(25.5, root.GetProperty("indicators").GetProperty("RSI").GetProperty("rsi").GetDouble());
        Assert.Equal("buy", root.GetProperty("indicators").GetProperty("RSI").GetProperty("vote").GetString());
        Assert.True(root.GetProperty("indicators").GetProperty("ADX").GetProperty("filter_passed").GetBoolean());
    }
}
