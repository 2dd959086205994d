using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Signals;

namespace OrleansTrading.UnitTests.Signals;

public sealed class SignalCombinerTests
{
    private static readonly IReadOnlyDictionary<string, double> NoValues = new Dictionary<string, double>();

    private static IndicatorVote[] Votes(params SignalDirection[] directions) =>
        directions.Select((d, i) => new IndicatorVote($"I{i}", d, NoValues)).ToArray();

    private const SignalDirection B = SignalDirection.Buy;
    private const SignalDirection S = SignalDirection.Sell;
    private const SignalDirection H = SignalDirection.Hold;

    [Theory]
    [InlineData(new[] { B, B, S }, B)]
    [InlineData(new[] { B, S }, H)] // a tie is no clear signal
    [InlineData(new[] { B, H, H }, B)] // holds do not count (seed rule)
    [InlineData(new[] { S, S, B, H }, S)]
    [InlineData(new[] { H, H }, H)]
    [InlineData(new SignalDirection[0], H)]
    public void Majority_needs_strictly_more_than_half_of_the_non_hold_votes(SignalDirection[] votes, SignalDirection expected) =>
        Assert.Equal(expected, SignalCombiner.Combine(Votes(votes), SignalRule.Majority));

    [Theory]
    [InlineData(new[] { B, B, B }, B)]
    [InlineData(new[] { S, S }, S)]
    [InlineData(new[] { B, B, H }, H)]
    [InlineData(new[] { B, S }, H)]
    public void All_needs_every_voting_indicator_on_one_side(SignalDirection[] votes, SignalDirection expected) =>
        Assert.Equal(expected, SignalCombiner.Combine(Votes(votes), SignalRule.All));

    [Theory]
    [InlineData(new[] { B, H, H }, B)]
    [InlineData(new[] { H, S }, S)]
    [InlineData(new[] { B, S }, H)]
    [InlineData(new[] { H }, H)]
    public void Any_needs_one_side_and_no_opposition(SignalDirection[] votes, SignalDirection expected) =>
        Assert.Equal(expected, SignalCombiner.Combine(Votes(votes), SignalRule.Any));

    [Fact]
    public void A_failing_filter_vetoes_and_filters_never_vote()
    {
        var votes = Votes(B, B).Append(new IndicatorVote("ADX", H, NoValues, IsFilter: true, Passed: false)).ToArray();
        Assert.Equal(H, SignalCombiner.Combine(votes, SignalRule.Majority));

        var passing = Votes(B).Append(new IndicatorVote("OBV", H, NoValues, IsFilter: true, Passed: true)).ToArray();
        Assert.Equal(B, SignalCombiner.Combine(passing, SignalRule.All));
    }
}
