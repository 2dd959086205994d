using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests;

/// <summary>All PostgreSQL tests share one server; each test makes its own database.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "postgres";
}
