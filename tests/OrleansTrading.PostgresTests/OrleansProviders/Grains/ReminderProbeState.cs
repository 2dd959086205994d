namespace OrleansTrading.PostgresTests.OrleansProviders.Grains;

/// <summary>Persisted (System.Text.Json) state of <see cref="ReminderProbeGrain"/>; the tests also read it straight from the table.</summary>
public sealed class ReminderProbeState
{
    public string Label { get; set; } = "";

    /// <summary>Reminder ticks received, over every activation and silo.</summary>
    public int Ticks { get; set; }

    /// <summary>The silo (RuntimeIdentity) that handled the latest tick.</summary>
    public string LastTickSilo { get; set; } = "";

    /// <summary>State writes so far: the stored version must equal it.</summary>
    public int Writes { get; set; }
}
