namespace OrleansTrading.Grains.Database;

/// <summary>What a migration run did: the versions it applied now and those that were already there.</summary>
public sealed record SchemaMigrationResult(IReadOnlyList<int> Applied, IReadOnlyList<int> AlreadyApplied);
