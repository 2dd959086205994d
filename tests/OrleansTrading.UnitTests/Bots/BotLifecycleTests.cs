using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Bots;

namespace OrleansTrading.UnitTests.Bots;

public sealed class BotLifecycleTests
{
    [Theory]
    [InlineData(BotStatus.Stopped, BotCommand.Start, BotStatus.Running)]
    [InlineData(BotStatus.Paused, BotCommand.Start, BotStatus.Running)]
    [InlineData(BotStatus.Error, BotCommand.Start, BotStatus.Running)]
    [InlineData(BotStatus.Running, BotCommand.Stop, BotStatus.Stopped)]
    [InlineData(BotStatus.Paused, BotCommand.Stop, BotStatus.Stopped)]
    [InlineData(BotStatus.Error, BotCommand.Stop, BotStatus.Stopped)]
    [InlineData(BotStatus.Running, BotCommand.Pause, BotStatus.Paused)]
    public void Legal_transitions(BotStatus from, BotCommand command, BotStatus expected)
    {
        Assert.Equal(expected, BotLifecycle.Apply(from, command, out var refusal));
        Assert.Null(refusal);
    }

    [Theory]
    [InlineData(BotStatus.Running, BotCommand.Start)]
    [InlineData(BotStatus.Stopped, BotCommand.Stop)]
    [InlineData(BotStatus.Paused, BotCommand.Pause)]
    public void Repeating_a_command_whose_target_already_holds_is_a_no_op(BotStatus from, BotCommand command)
    {
        Assert.Equal(from, BotLifecycle.Apply(from, command, out var refusal));
        Assert.Null(refusal);
    }

    [Theory]
    [InlineData(BotStatus.Stopped, BotCommand.Pause)]
    [InlineData(BotStatus.Error, BotCommand.Pause)]
    public void Illegal_transitions_are_refused_with_a_reason(BotStatus from, BotCommand command)
    {
        Assert.Null(BotLifecycle.Apply(from, command, out var refusal));
        Assert.Contains(from.ToString().ToLowerInvariant(), refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BotStatus.Stopped, true)]
    [InlineData(BotStatus.Running, false)]
    [InlineData(BotStatus.Paused, false)]
    [InlineData(BotStatus.Error, false)]
    public void Only_stopped_bots_may_be_deleted(BotStatus status, bool allowed) => Assert.Equal(allowed, BotLifecycle.CanDelete(status));

    [Theory]
    [InlineData(BotStatus.Running, true)]
    [InlineData(BotStatus.Paused, true)]
    [InlineData(BotStatus.Stopped, false)]
    [InlineData(BotStatus.Error, false)]
    public void Running_and_paused_bots_are_active(BotStatus status, bool active) => Assert.Equal(active, BotLifecycle.IsActive(status));
}
