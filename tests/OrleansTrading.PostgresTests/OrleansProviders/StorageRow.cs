namespace OrleansTrading.PostgresTests.OrleansProviders;

/// <summary>One <c>orleansstorage</c> row as the persistence tests inspect it (payload decoded as UTF-8 JSON).</summary>
internal sealed record StorageRow(int GrainIdHash, int GrainTypeHash, string GrainTypeString, string? GrainIdExtensionString, string? Json, int? Version);
