using Microsoft.Extensions.Logging;

namespace OrleansTrading.Grains.Database;

/// <summary>Migrates the database as the silo's very first start-up step, before any ADO.NET provider reads its queries.</summary>
internal sealed class SchemaMigrationLifecycleParticipant(string connectionString, ILogger<SchemaMigrator> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(SchemaMigrationLifecycleParticipant), ServiceLifecycleStage.First,
            cancellationToken => new SchemaMigrator(connectionString, logger).MigrateAsync(cancellationToken));
}
