using OrleansTrading.PostgresTests.OrleansProviders.Grains;

namespace OrleansTrading.PostgresTests.OrleansProviders;

/// <summary>The probe grain's state row, read straight from <c>orleansstorage</c> (no grain call, so no activation).</summary>
internal sealed record ProbeRow(ReminderProbeState State, int Version);
