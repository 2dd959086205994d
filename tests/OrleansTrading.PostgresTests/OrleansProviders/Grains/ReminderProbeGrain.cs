namespace OrleansTrading.PostgresTests.OrleansProviders.Grains;

public sealed class ReminderProbeGrain(
    [PersistentState(ReminderProbeGrain.StateName, ReminderProbeGrain.StorageName)] IPersistentState<ReminderProbeState> state)
    : Grain, IReminderProbeGrain, IRemindable
{
    public const string StorageName = "e2e-store";
    public const string StateName = "probe";
    public const string ReminderName = "probe-tick";

    public Task SetLabel(string label)
    {
        state.State.Label = label;
        return WriteAsync();
    }

    public Task<string> GetLabel() => Task.FromResult(state.State.Label);

    public Task<string> GetSilo() => Task.FromResult(RuntimeIdentity);

    public Task StartTicking(TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, period, period);

    public async Task StopTicking()
    {
        var reminder = await this.GetReminder(ReminderName);
        if (reminder is not null)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Ticks++;
        state.State.LastTickSilo = RuntimeIdentity;
        return WriteAsync();
    }

    private Task WriteAsync()
    {
        state.State.Writes++;
        return state.WriteStateAsync();
    }
}
