namespace OrleansTrading.PostgresTests.OrleansProviders.Grains;

/// <summary>A test grain with ADO.NET-persisted state and a reminder that records every tick in that state.</summary>
[Alias("OrleansTrading.PostgresTests.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    [Alias("SetLabel")]
    Task SetLabel(string label);

    [Alias("GetLabel")]
    Task<string> GetLabel();

    [Alias("GetSilo")]
    Task<string> GetSilo();

    [Alias("StartTicking")]
    Task StartTicking(TimeSpan period);

    [Alias("StopTicking")]
    Task StopTicking();
}
