using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Storage;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.OrleansProviders;

/// <summary>
/// Conformance of <c>sql/0003_orleans_persistence.sql</c> with the real Orleans 10.4.2 <c>AdoNetGrainStorage</c>
/// (spec §6.2, P1–P7), resolved from an in-process silo exactly as grains get it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GrainStorageTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private const string Store = "store";
    private const string DeleteOnClearStore = "delete-on-clear";
    private const string ConstantHashStore = "constant-hash";
    private const string StateName = "state";

    private static readonly GrainType TestGrainType = GrainType.Create("storage-test-grain");

    private readonly string _serviceId = "service-" + Guid.NewGuid().ToString("N");
    private string _connectionString = "";
    private IHost? _silo;

    public async Task InitializeAsync()
    {
        _connectionString = await OrleansDatabase.CreateMigratedAsync(postgres, "storage");
        var siloPort = TestSilo.FreeTcpPort();
        var gatewayPort = TestSilo.FreeTcpPort();
        _silo = await TestSilo.StartAsync(silo =>
        {
            silo.UseLocalhostClustering(siloPort, gatewayPort, serviceId: _serviceId, clusterId: "storage-cluster");
            silo.UseSystemTextJsonGrainStorageSerializer();
            silo.AddAdoNetGrainStorage(Store, o => Configure(o));
            silo.AddAdoNetGrainStorage(DeleteOnClearStore, o => Configure(o).DeleteStateOnClear = true);
            silo.AddAdoNetGrainStorage(ConstantHashStore, o => Configure(o).HashPicker = new StorageHasherPicker([new ConstantHasher()]));
        });
    }

    public async Task DisposeAsync()
    {
        if (_silo is not null)
        {
            await TestSilo.StopAsync(_silo);
        }
    }

    [Fact]
    public async Task P1_write_then_read_round_trips_and_versions_grow()
    {
        var storage = Storage(Store);
        var grain = GuidGrain();
        var state = NewState("first", 1, "a", "b");

        await storage.WriteStateAsync(StateName, grain, state);
        Assert.Equal("1", state.ETag);
        Assert.True(state.RecordExists);

        var read = await ReadAsync(storage, grain);
        Assert.True(read.RecordExists);
        Assert.Equal("1", read.ETag);
        AssertSameState(state.State, read.State);

        read.State!.Number = 2;
        read.State!.Items.Add("c");
        await storage.WriteStateAsync(StateName, grain, read);
        Assert.Equal("2", read.ETag);
        var reread = await ReadAsync(storage, grain);
        Assert.Equal("2", reread.ETag);
        AssertSameState(read.State, reread.State);

        // The payload is plain System.Text.Json in bytea, one row per grain, version = number of writes.
        var row = Assert.Single(await RowsAsync());
        Assert.Equal(2, row.Version);
        Assert.Equal(StateName, row.GrainTypeString);
        Assert.Null(row.GrainIdExtensionString);
        Assert.Contains("\"Number\":2", row.Json, StringComparison.Ordinal);

        // Never written: default state, no ETag, no record.
        var missing = await ReadAsync(storage, GuidGrain());
        Assert.False(missing.RecordExists);
        Assert.Null(missing.ETag);
        Assert.Equal("", missing.State!.Text);
    }

    [Fact]
    public async Task P2_a_null_etag_write_over_an_existing_row_is_a_conflict()
    {
        var storage = Storage(Store);
        var grain = IntegerGrain(7);
        await storage.WriteStateAsync(StateName, grain, NewState("original", 1));

        var duplicate = NewState("duplicate activation", 2);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, duplicate));

        var read = await ReadAsync(storage, grain);
        Assert.Equal("original", read.State!.Text);
        Assert.Equal("1", read.ETag);
    }

    [Fact]
    public async Task P3_a_stale_etag_write_is_a_conflict_and_changes_nothing()
    {
        var storage = Storage(Store);
        var grain = StringGrain("bot-aapl");
        await storage.WriteStateAsync(StateName, grain, NewState("v1", 1));
        var first = await ReadAsync(storage, grain);
        var second = await ReadAsync(storage, grain);

        first.State!.Text = "v2";
        await storage.WriteStateAsync(StateName, grain, first);
        second.State!.Text = "lost update";
        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, second));
        Assert.Contains("Version conflict", conflict.Message, StringComparison.Ordinal);

        var invented = await ReadAsync(storage, grain);
        invented.ETag = "999";
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grain, invented));

        var read = await ReadAsync(storage, grain);
        Assert.Equal("v2", read.State!.Text);
        Assert.Equal("2", read.ETag);
    }

    [Fact]
    public async Task P4_clear_keeps_the_row_with_a_null_payload_and_a_new_version()
    {
        var storage = Storage(Store);
        var grain = GuidGrain("ext");
        var state = NewState("to be cleared", 5, "x");
        await storage.WriteStateAsync(StateName, grain, state);

        await storage.ClearStateAsync(StateName, grain, state);

        Assert.Equal("2", state.ETag);
        Assert.False(state.RecordExists);
        Assert.Equal("", state.State!.Text);
        var read = await ReadAsync(storage, grain);
        Assert.False(read.RecordExists);
        Assert.Equal("2", read.ETag);
        Assert.Equal("", read.State!.Text);
        var row = Assert.Single(await RowsAsync());
        Assert.Null(row.Json);
        Assert.Equal(2, row.Version);

        // A stale clear is a conflict.
        var stale = NewState("stale", 0);
        stale.ETag = "1";
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, grain, stale));

        // The next write (with the ETag the clear returned) succeeds.
        read.State!.Text = "after clear";
        await storage.WriteStateAsync(StateName, grain, read);
        Assert.Equal("3", read.ETag);
        Assert.Equal("after clear", (await ReadAsync(storage, grain)).State!.Text);
    }

    [Fact]
    public async Task P4_delete_state_on_clear_removes_the_row_and_the_next_write_inserts()
    {
        var storage = Storage(DeleteOnClearStore);
        var grain = GuidGrain();
        var state = NewState("to be deleted", 1);
        await storage.WriteStateAsync(StateName, grain, state);
        await storage.WriteStateAsync(StateName, grain, state);
        Assert.Equal("2", state.ETag);

        // A stale delete is a conflict and keeps the row.
        var stale = NewState("stale", 0);
        stale.ETag = "1";
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync(StateName, grain, stale));
        Assert.Single(await RowsAsync());

        await storage.ClearStateAsync(StateName, grain, state);

        Assert.Null(state.ETag);
        Assert.False(state.RecordExists);
        Assert.Empty(await RowsAsync());
        var read = await ReadAsync(storage, grain);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);

        read.State!.Text = "reborn";
        await storage.WriteStateAsync(StateName, grain, read);
        Assert.Equal("1", read.ETag);
        Assert.Equal("reborn", (await ReadAsync(storage, grain)).State!.Text);
    }

    [Fact]
    public async Task P5_a_constant_hash_keeps_distinct_grains_and_state_names_distinct()
    {
        var storage = Storage(ConstantHashStore);
        var guid = Guid.NewGuid();
        var grains = new[]
        {
            GuidGrain(guid: guid),
            GuidGrain("a", guid),
            GuidGrain("b", guid),
            IntegerGrain(1),
            IntegerGrain(1, "a"),
            IntegerGrain(2),
            IntegerGrain(-1),
            StringGrain("bot-1"),
            StringGrain("bot-2"),
            StringGrain("Bot-1"),
        };
        string[] stateNames = ["state", "other"];

        foreach (var (grain, index) in grains.Select((g, i) => (g, i)))
        {
            foreach (var stateName in stateNames)
            {
                await storage.WriteStateAsync(stateName, grain, NewState($"{grain}/{stateName}", index));
            }
        }

        foreach (var grain in grains)
        {
            foreach (var stateName in stateNames)
            {
                var read = new GrainState<StorageTestState>();
                await storage.ReadStateAsync(stateName, grain, read);
                Assert.True(read.RecordExists);
                Assert.Equal($"{grain}/{stateName}", read.State!.Text);
                Assert.Equal("1", read.ETag);
            }
        }
        var rows = await RowsAsync();
        Assert.Equal(grains.Length * stateNames.Length, rows.Count);
        Assert.All(rows, r => Assert.Equal(ConstantHasher.Value, r.GrainIdHash));
        Assert.All(rows, r => Assert.Equal(ConstantHasher.Value, r.GrainTypeHash));
    }

    [Fact]
    public async Task P6_non_ascii_long_and_null_versus_non_null_extension_keys_are_distinct_rows()
    {
        var storage = Storage(Store);
        var guid = Guid.NewGuid();
        var longKey = "long-" + string.Concat(Enumerable.Range(0, 400).Select(_ => Guid.NewGuid().ToString("N")));
        var grains = new[]
        {
            StringGrain("ключ-Бота-日本-ü"),
            StringGrain("КЛЮЧ-бота-日本-ü"),
            StringGrain("ключ-бота-日本-ü"),
            GuidGrain(guid: guid),
            GuidGrain("ключ", guid),
            IntegerGrain(99),
            IntegerGrain(99, "日本"),
            StringGrain(longKey),
        };
        Assert.Equal(grains.Length, grains.Distinct().Count());

        foreach (var grain in grains)
        {
            await storage.WriteStateAsync(StateName, grain, NewState(grain.ToString(), 1, "ü", "ß"));
        }

        foreach (var grain in grains)
        {
            var read = await ReadAsync(storage, grain);
            Assert.Equal(grain.ToString(), read.State!.Text);
            Assert.Equal(["ü", "ß"], read.State!.Items);
        }
        var rows = await RowsAsync();
        Assert.Equal(grains.Length, rows.Count);
        // Guid and integer keys without an extension are stored with a NULL extension; "ключ" and the string keys are values.
        Assert.Equal(2, rows.Count(r => r.GrainIdExtensionString is null));
        Assert.Contains(rows, r => r.GrainIdExtensionString == "ключ");
        Assert.Contains(rows, r => r.GrainIdExtensionString == longKey);

        // Orleans never writes an empty extension (an empty one is no extension), but NULL and '' must stay different
        // values: an impostor row with '' beside each NULL-extension row is accepted by the unique index and never read.
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            Assert.Equal(2, await connection.ExecuteAsync("""
                INSERT INTO orleansstorage (grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, grainidextensionstring,
                                            serviceid, payloadbinary, version)
                SELECT grainidhash, grainidn0, grainidn1, graintypehash, graintypestring, '', serviceid,
                       convert_to('{"Text":"impostor"}', 'UTF8'), 7
                FROM orleansstorage WHERE serviceid = @serviceId AND grainidextensionstring IS NULL
                """, new { serviceId = _serviceId }));
        }
        foreach (var grain in new[] { grains[3], grains[5] })
        {
            var read = await ReadAsync(storage, grain);
            Assert.Equal(grain.ToString(), read.State!.Text);
            Assert.Equal("1", read.ETag);
        }
    }

    [Fact]
    public async Task P7_hundred_grains_in_parallel_and_racing_first_writes_leave_one_row()
    {
        var storage = Storage(Store);
        var grains = Enumerable.Range(0, 100).Select(i => i % 2 == 0 ? GuidGrain() : StringGrain($"parallel-{i}")).ToArray();

        await Task.WhenAll(grains.Select(g => storage.WriteStateAsync(StateName, g, NewState(g.ToString(), 1))));
        var reads = await Task.WhenAll(grains.Select(g => ReadAsync(storage, g)));

        Assert.All(grains.Zip(reads), pair =>
        {
            Assert.Equal(pair.First.ToString(), pair.Second.State!.Text);
            Assert.Equal("1", pair.Second.ETag);
        });
        Assert.Equal(100, (await RowsAsync()).Count);

        // Ten activations of one new grain race their first write: exactly one wins.
        var contested = GuidGrain("contested");
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            try
            {
                await storage.WriteStateAsync(StateName, contested, NewState($"writer {i}", i));
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));
        Assert.Single(outcomes, ok => ok);
        Assert.Equal(101, (await RowsAsync()).Count);
        Assert.Equal("1", (await ReadAsync(storage, contested)).ETag);

        // Ten writers holding the same ETag race an update: exactly one wins.
        var holders = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => ReadAsync(storage, contested)));
        var updates = await Task.WhenAll(holders.Select(async h =>
        {
            try
            {
                await storage.WriteStateAsync(StateName, contested, h);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        }));
        Assert.Single(updates, ok => ok);
        Assert.Equal("2", (await ReadAsync(storage, contested)).ETag);
    }

    private AdoNetGrainStorageOptions Configure(AdoNetGrainStorageOptions options)
    {
        options.Invariant = OrleansDatabase.Invariant;
        options.ConnectionString = _connectionString;
        return options;
    }

    private IGrainStorage Storage(string name) => _silo!.Services.GetRequiredKeyedService<IGrainStorage>(name);

    private static async Task<GrainState<StorageTestState>> ReadAsync(IGrainStorage storage, GrainId grain)
    {
        var state = new GrainState<StorageTestState>();
        await storage.ReadStateAsync(StateName, grain, state);
        return state;
    }

    private async Task<List<StorageRow>> RowsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        var rows = await connection.QueryAsync<StorageRow>("""
            SELECT grainidhash AS GrainIdHash, graintypehash AS GrainTypeHash, graintypestring AS GrainTypeString,
                   grainidextensionstring AS GrainIdExtensionString, convert_from(payloadbinary, 'UTF8') AS Json, version AS Version
            FROM orleansstorage WHERE serviceid = @serviceId
            """, new { serviceId = _serviceId });
        return [.. rows];
    }

    private static GrainState<StorageTestState> NewState(string text, int number, params string[] items) =>
        new(new StorageTestState { Text = text, Number = number, Items = [.. items] });

    private static void AssertSameState(StorageTestState? expected, StorageTestState? actual)
    {
        Assert.NotNull(expected);
        Assert.NotNull(actual);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.Number, actual.Number);
        Assert.Equal(expected.Items, actual.Items);
    }

    private static GrainId GuidGrain(string? extension = null, Guid? guid = null) =>
        GrainId.Create(TestGrainType, GrainIdKeyExtensions.CreateGuidKey(guid ?? Guid.NewGuid(), extension));

    private static GrainId IntegerGrain(long key, string? extension = null) =>
        GrainId.Create(TestGrainType, GrainIdKeyExtensions.CreateIntegerKey(key, extension));

    private static GrainId StringGrain(string key) => GrainId.Create(TestGrainType, IdSpan.Create(key));
}
