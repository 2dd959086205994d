using Npgsql;
using OrleansTrading.Grains.Database;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.Ledger;

/// <summary>
/// A new, fully migrated database per contract test, with an English (linguistic) collation so that the contracts'
/// ordinal id tie-breaks are really tested, and the PostgreSQL ledger over it.
/// </summary>
public sealed class FreshLedgerDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    private FreshLedgerDatabase(NpgsqlDataSource dataSource)
    {
        _dataSource = dataSource;
        Ledger = new PostgresTradeLedger(dataSource);
    }

    public PostgresTradeLedger Ledger { get; }

    public static async Task<FreshLedgerDatabase> CreateAsync(PostgresServerFixture postgres, string namePrefix)
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync(namePrefix, icuLocale: "en-US");
        await new SchemaMigrator(connectionString).MigrateAsync(CancellationToken.None);
        return new FreshLedgerDatabase(NpgsqlDataSource.Create(connectionString));
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
