using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.Membership;
using Orleans.Runtime.MembershipService;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.OrleansProviders;

/// <summary>
/// Conformance of <c>sql/0002_orleans_clustering.sql</c> with the real Orleans 10.4.2 <see cref="AdoNetClusteringTable"/>
/// and <see cref="AdoNetGatewayListProvider"/> (spec §6.2, M1–M7).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class MembershipTableTests(PostgresServerFixture postgres)
{
    private const int SiloPort = 11111;

    private readonly string _clusterId = "cluster-" + Guid.NewGuid().ToString("N");
    private int _generation = 1000;

    [Fact]
    public async Task M1_fresh_cluster_has_no_members_and_version_zero()
    {
        var (table, connectionString) = await CreateTableAsync();

        var all = await table.ReadAllAsync(CancellationToken.None);
        var row = await table.ReadRowAsync(NewEntry().SiloAddress, CancellationToken.None);

        Assert.Empty(all.Members);
        Assert.Equal(0, all.Version.Version);
        Assert.Equal("0", all.Version.VersionEtag);
        Assert.Empty(row.Members);
        Assert.Equal(0, row.Version.Version);

        // A second silo initialising the same cluster must neither fail nor reset the version row.
        Assert.True(await table.InsertRowAsync(NewEntry(), all.Version.Next(), CancellationToken.None));
        var second = CreateTable(connectionString);
        await second.InitializeMembershipTableAsync(true, CancellationToken.None);
        Assert.Equal(1, (await second.ReadAllAsync(CancellationToken.None)).Version.Version);
    }

    [Fact]
    public async Task M2_insert_succeeds_once_and_bumps_the_version()
    {
        var (table, _) = await CreateTableAsync();
        var entry = NewEntry();
        var fresh = await table.ReadAllAsync(CancellationToken.None);
        var next = fresh.Version.Next();

        Assert.True(await table.InsertRowAsync(entry, next, CancellationToken.None));

        var afterInsert = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(1, afterInsert.Version.Version);
        var (stored, etag) = Assert.Single(afterInsert.Members);
        Assert.Equal("1", etag);
        AssertSameEntry(entry, stored);

        // Same entry, old version; another entry, old version: both refused.
        Assert.False(await table.InsertRowAsync(entry, next, CancellationToken.None));
        Assert.False(await table.InsertRowAsync(NewEntry(), next, CancellationToken.None));
        // Duplicate primary key with the current version: refused, and the version must not move.
        Assert.False(await table.InsertRowAsync(entry, afterInsert.Version.Next(), CancellationToken.None));

        var final = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(1, final.Version.Version);
        Assert.Single(final.Members);
        var row = await table.ReadRowAsync(entry.SiloAddress, CancellationToken.None);
        Assert.Equal(1, row.Version.Version);
        AssertSameEntry(entry, Assert.Single(row.Members).Item1);
    }

    [Fact]
    public async Task M3_update_needs_the_current_version_and_round_trips_every_column()
    {
        var (table, _) = await CreateTableAsync();
        // An IPv6 silo as well, to prove the address column keeps the text intact.
        var entry = NewEntry(address: IPAddress.IPv6Loopback);
        Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));
        var stale = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(1, stale.Version.Version);
        // Another silo joins, so the snapshot above is now stale (but self-consistent: Orleans does send it to the database).
        Assert.True(await table.InsertRowAsync(NewEntry(), stale.Version.Next(), CancellationToken.None));

        var updated = Copy(entry);
        updated.Status = SiloStatus.Active;
        updated.IAmAliveTime = UtcNowSeconds().AddSeconds(7);
        updated.SuspectTimes =
        [
            Tuple.Create(NewEntry().SiloAddress, UtcNowSeconds().AddSeconds(1)),
            Tuple.Create(NewEntry().SiloAddress, UtcNowSeconds().AddSeconds(2).AddMilliseconds(345)),
        ];
        // Orleans never updates these four columns; changing them here proves the SQL does not either.
        updated.SiloName = "renamed";
        updated.HostName = "other-host";
        updated.ProxyPort = 1;
        updated.StartTime = updated.StartTime.AddHours(-1);

        // Stale table version: refused, nothing changes.
        Assert.False(await table.UpdateRowAsync(updated, stale.TryGet(entry.SiloAddress)!.Item2, stale.Version.Next(), CancellationToken.None));
        var current = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(2, current.Version.Version);
        AssertSameEntry(entry, current.TryGet(entry.SiloAddress)!.Item1);

        // Current version: accepted, version + 1.
        var etag = current.TryGet(entry.SiloAddress)!.Item2;
        var next = current.Version.Next();
        Assert.True(await table.UpdateRowAsync(updated, etag, next, CancellationToken.None));
        var after = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(3, after.Version.Version);
        var stored = after.TryGet(entry.SiloAddress)!.Item1;
        Assert.Equal(SiloStatus.Active, stored.Status);
        Assert.Equal(updated.IAmAliveTime, stored.IAmAliveTime);
        Assert.Equal(
            updated.SuspectTimes!.Select(s => (s.Item1, s.Item2)),
            Assert.IsType<List<Tuple<SiloAddress, DateTime>>>(stored.SuspectTimes).Select(s => (s.Item1, s.Item2)));
        Assert.Equal(entry.SiloName, stored.SiloName);
        Assert.Equal(entry.HostName, stored.HostName);
        Assert.Equal(entry.ProxyPort, stored.ProxyPort);
        Assert.Equal(entry.StartTime, stored.StartTime);
        Assert.Equal(entry.SiloAddress, stored.SiloAddress);

        // Replaying the very same update (its version is now stale) is refused.
        Assert.False(await table.UpdateRowAsync(updated, etag, next, CancellationToken.None));
        Assert.Equal(3, (await table.ReadAllAsync(CancellationToken.None)).Version.Version);

        // Clearing the suspicions stores NULL and reads back as none.
        stored.SuspectTimes = [];
        Assert.True(await table.UpdateRowAsync(stored, after.TryGet(entry.SiloAddress)!.Item2, after.Version.Next(), CancellationToken.None));
        var cleared = await table.ReadRowAsync(entry.SiloAddress, CancellationToken.None);
        Assert.Equal(4, cleared.Version.Version);
        Assert.Empty(Assert.Single(cleared.Members).Item1.SuspectTimes ?? []);
    }

    [Fact]
    public async Task M3_update_of_a_missing_row_is_refused_without_a_version_bump()
    {
        var (table, _) = await CreateTableAsync();
        Assert.True(await table.InsertRowAsync(NewEntry(), (await table.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));
        var data = await table.ReadAllAsync(CancellationToken.None);

        var missing = NewEntry();
        Assert.False(await table.UpdateRowAsync(missing, data.Version.VersionEtag, data.Version.Next(), CancellationToken.None));

        Assert.Equal(1, (await table.ReadAllAsync(CancellationToken.None)).Version.Version);
    }

    [Fact]
    public async Task M4_parallel_inserts_let_exactly_one_win_and_concurrent_updates_each_bump_once()
    {
        var (table, _) = await CreateTableAsync();
        var entry = NewEntry();
        var next = (await table.ReadAllAsync(CancellationToken.None)).Version.Next();

        var inserts = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            try
            {
                return await table.InsertRowAsync(entry, next, CancellationToken.None);
            }
            catch (Exception)
            {
                return false;
            }
        }));
        Assert.Single(inserts, ok => ok);

        var updates = Enumerable.Range(0, 19).Select(async _ =>
        {
            var attempts = 0;
            while (true)
            {
                attempts++;
                var data = await table.ReadAllAsync(CancellationToken.None);
                var row = data.TryGet(entry.SiloAddress)!;
                try
                {
                    if (await table.UpdateRowAsync(row.Item1, row.Item2, data.Version.Next(), CancellationToken.None))
                    {
                        return attempts;
                    }
                }
                catch (Exception)
                {
                    // Counted as a failed attempt; retried like Orleans does.
                }
                await Task.Delay(Random.Shared.Next(1, 10));
            }
        });
        await Task.WhenAll(updates).WaitAsync(TimeSpan.FromSeconds(60));

        var final = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(20, final.Version.Version);
        Assert.Single(final.Members);
    }

    [Fact]
    public async Task M5_heartbeat_moves_IAmAliveTime_and_leaves_the_version_alone()
    {
        var (table, _) = await CreateTableAsync();
        var entry = NewEntry();
        Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));

        // Sub-millisecond precision survives: timestamptz keeps microseconds.
        var alive = DateTime.UtcNow.AddSeconds(5);
        alive = new DateTime(alive.Ticks - (alive.Ticks % 10), DateTimeKind.Utc);
        await table.UpdateIAmAliveAsync(new MembershipEntry { SiloAddress = entry.SiloAddress, IAmAliveTime = alive }, CancellationToken.None);

        var data = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(1, data.Version.Version);
        var stored = data.TryGet(entry.SiloAddress)!.Item1;
        Assert.Equal(alive, stored.IAmAliveTime);
        Assert.Equal(DateTimeKind.Utc, stored.IAmAliveTime.Kind);
        Assert.Equal(entry.Status, stored.Status);

        // Our script keeps the later heartbeat: a delayed, older one must not move it back.
        await table.UpdateIAmAliveAsync(new MembershipEntry { SiloAddress = entry.SiloAddress, IAmAliveTime = alive.AddSeconds(-30) }, CancellationToken.None);
        Assert.Equal(alive, (await table.ReadRowAsync(entry.SiloAddress, CancellationToken.None)).Members.Single().Item1.IAmAliveTime);

        // A heartbeat for an unknown silo changes nothing.
        await table.UpdateIAmAliveAsync(new MembershipEntry { SiloAddress = NewEntry().SiloAddress, IAmAliveTime = alive }, CancellationToken.None);
        var final = await table.ReadAllAsync(CancellationToken.None);
        Assert.Single(final.Members);
        Assert.Equal(1, final.Version.Version);
    }

    [Fact]
    public async Task M6_gateways_are_the_active_members_with_a_proxy_port()
    {
        var (table, connectionString) = await CreateTableAsync();
        var activeA = NewEntry(SiloStatus.Active, proxyPort: 30001);
        var activeB = NewEntry(SiloStatus.Active, proxyPort: 30002);
        var activeWithoutGateway = NewEntry(SiloStatus.Active, proxyPort: 0);
        var joining = NewEntry(SiloStatus.Joining, proxyPort: 30003);
        var dead = NewEntry(SiloStatus.Dead, proxyPort: 30004);
        var shuttingDown = NewEntry(SiloStatus.ShuttingDown, proxyPort: 30005);
        foreach (var entry in new[] { activeA, activeB, activeWithoutGateway, joining, dead, shuttingDown })
        {
            Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));
        }
        // Another cluster's gateway in the same database must not leak in.
        var otherTable = CreateTable(connectionString, "other-" + _clusterId);
        await otherTable.InitializeMembershipTableAsync(true, CancellationToken.None);
        Assert.True(await otherTable.InsertRowAsync(NewEntry(SiloStatus.Active, proxyPort: 30006), (await otherTable.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));

        var provider = new AdoNetGatewayListProvider(
            NullLogger<AdoNetGatewayListProvider>.Instance,
            new ServiceCollection().BuildServiceProvider(),
            Options.Create(new AdoNetClusteringClientOptions { Invariant = OrleansDatabase.Invariant, ConnectionString = connectionString }),
            Options.Create(new GatewayOptions()),
            Options.Create(new ClusterOptions { ClusterId = _clusterId, ServiceId = "service" }));
        await provider.InitializeGatewayListProviderAsync(CancellationToken.None);
        var gateways = await provider.GetGatewaysAsync(CancellationToken.None);

        var expected = new[] { activeA, activeB }
            .Select(e => (e.SiloAddress.Endpoint.Address, e.ProxyPort, e.SiloAddress.Generation))
            .OrderBy(g => g.ProxyPort);
        var actual = gateways
            .Select(uri => (IPAddress.Parse(uri.Host), uri.Port, int.Parse(uri.AbsolutePath.Trim('/'), System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(g => g.Item2);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task M7_cleanup_removes_only_old_dead_silos_and_is_idempotent()
    {
        var (table, _) = await CreateTableAsync();
        var old = UtcNowSeconds().AddDays(-10);
        var cutoff = UtcNowSeconds().AddDays(-3);

        var oldDead = NewEntry(SiloStatus.Dead, startTime: old, aliveTime: old);
        var oldDeadWithSelfVote = NewEntry(SiloStatus.Dead, startTime: old, aliveTime: old);
        var oldDeadRecentlySuspected = NewEntry(SiloStatus.Dead, startTime: old, aliveTime: old);
        var recentDead = NewEntry(SiloStatus.Dead);
        var oldNonDead = Enum.GetValues<SiloStatus>()
            .Where(s => s != SiloStatus.Dead)
            .Select(s => NewEntry(s, startTime: old, aliveTime: old))
            .ToArray();
        var fresh = NewEntry(SiloStatus.Active);
        foreach (var entry in new[] { oldDead, oldDeadWithSelfVote, oldDeadRecentlySuspected, recentDead, fresh }.Concat(oldNonDead))
        {
            Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));
        }
        await SetSuspectTimesAsync(table, oldDeadWithSelfVote, [Tuple.Create(oldDeadWithSelfVote.SiloAddress, old.AddSeconds(1))]);
        await SetSuspectTimesAsync(table, oldDeadRecentlySuspected, [Tuple.Create(fresh.SiloAddress, UtcNowSeconds().AddMinutes(-1))]);
        var before = await table.ReadAllAsync(CancellationToken.None);

        await table.CleanupDefunctSiloEntriesAsync(new DateTimeOffset(cutoff), CancellationToken.None);

        var after = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(before.Version.Version, after.Version.Version);
        var survivors = new[] { oldDeadRecentlySuspected, recentDead, fresh }.Concat(oldNonDead).Select(e => e.SiloAddress).OrderBy(a => a.Generation);
        Assert.Equal(survivors, after.Members.Select(m => m.Item1.SiloAddress).OrderBy(a => a.Generation));

        await table.CleanupDefunctSiloEntriesAsync(new DateTimeOffset(cutoff), CancellationToken.None);

        var again = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(before.Version.Version, again.Version.Version);
        Assert.Equal(after.Members.Count, again.Members.Count);
    }

    [Fact]
    public async Task M7_bulk_cleanup_key_deletes_old_dead_rows_only_without_touching_the_version()
    {
        // Orleans 10.4.2 prefers CleanupDefunctSiloEntryKey while it exists, so run the bulk key's text directly.
        var (table, connectionString) = await CreateTableAsync();
        var old = UtcNowSeconds().AddDays(-10);
        var oldDead = NewEntry(SiloStatus.Dead, startTime: old, aliveTime: old);
        var oldActive = NewEntry(SiloStatus.Active, startTime: old, aliveTime: old);
        var oldJoining = NewEntry(SiloStatus.Joining, startTime: old, aliveTime: old);
        var recentDead = NewEntry(SiloStatus.Dead);
        foreach (var entry in new[] { oldDead, oldActive, oldJoining, recentDead })
        {
            Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));
        }
        var sql = await OrleansDatabase.QueryTextAsync(connectionString, "CleanupDefunctSiloEntriesKey");

        for (var run = 0; run < 2; run++)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.ExecuteAsync(sql, new { DeploymentId = _clusterId, IAmAliveTime = UtcNowSeconds().AddDays(-3) });
        }

        var after = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(4, after.Version.Version);
        Assert.Equal(
            new[] { oldActive, oldJoining, recentDead }.Select(e => e.SiloAddress).OrderBy(a => a.Generation),
            after.Members.Select(m => m.Item1.SiloAddress).OrderBy(a => a.Generation));
    }

    [Fact]
    public async Task Single_row_cleanup_key_deletes_only_an_unchanged_dead_row()
    {
        var (table, connectionString) = await CreateTableAsync();
        var old = UtcNowSeconds().AddDays(-10);
        var dead = NewEntry(SiloStatus.Dead, startTime: old, aliveTime: old);
        var alive = NewEntry(SiloStatus.Active, startTime: old, aliveTime: old);
        Assert.True(await table.InsertRowAsync(dead, (await table.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));
        Assert.True(await table.InsertRowAsync(alive, (await table.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));
        var sql = await OrleansDatabase.QueryTextAsync(connectionString, "CleanupDefunctSiloEntryKey");
        await using var connection = new NpgsqlConnection(connectionString);
        DynamicParameters Parameters(string? suspectTimes, DateTime aliveTime, MembershipEntry? entry = null)
        {
            var silo = (entry ?? dead).SiloAddress;
            var parameters = new DynamicParameters();
            parameters.Add("DeploymentId", _clusterId);
            parameters.Add("Address", silo.Endpoint.Address.ToString());
            parameters.Add("Port", silo.Endpoint.Port);
            parameters.Add("Generation", silo.Generation);
            parameters.Add("StartTime", old);
            parameters.Add("IAmAliveTime", aliveTime);
            parameters.Add("SuspectTimes", suspectTimes, System.Data.DbType.String);
            return parameters;
        }

        // The row changed since it was read (other suspicions, or a later heartbeat): kept.
        Assert.Equal(0, await connection.ExecuteAsync(sql, Parameters("x", old)));
        Assert.Equal(0, await connection.ExecuteAsync(sql, Parameters(null, old.AddSeconds(1))));
        // A silo that is no longer Dead (its row changed since it was read) is never deleted.
        Assert.Equal(0, await connection.ExecuteAsync(sql, Parameters(null, old, alive)));
        Assert.Equal(2, (await table.ReadAllAsync(CancellationToken.None)).Members.Count);

        // Exactly the row that was read: deleted. NULL and '' suspicions count as equal.
        Assert.Equal(1, await connection.ExecuteAsync(sql, Parameters("", old)));
        var remaining = await table.ReadAllAsync(CancellationToken.None);
        Assert.Equal(alive.SiloAddress, Assert.Single(remaining.Members).Item1.SiloAddress);
        Assert.Equal(2, remaining.Version.Version);
    }

    [Fact]
    public async Task Times_round_trip_unchanged_when_the_session_time_zone_is_not_UTC()
    {
        var (_, connectionString) = await CreateTableAsync();
        // timestamptz columns: the session TimeZone must not shift what Orleans wrote (a timestamp column would by hours).
        var berlin = new NpgsqlConnectionStringBuilder(connectionString) { Timezone = "Europe/Berlin" }.ConnectionString;
        var table = CreateTable(berlin);
        await table.InitializeMembershipTableAsync(true, CancellationToken.None);
        var utcTable = CreateTable(connectionString);
        await utcTable.InitializeMembershipTableAsync(true, CancellationToken.None);
        var entry = NewEntry(startTime: new DateTime(2026, 7, 1, 3, 4, 5, DateTimeKind.Utc), aliveTime: new DateTime(2026, 7, 1, 3, 4, 6, DateTimeKind.Utc));

        Assert.True(await table.InsertRowAsync(entry, (await table.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));

        AssertSameEntry(entry, (await table.ReadRowAsync(entry.SiloAddress, CancellationToken.None)).Members.Single().Item1);
        AssertSameEntry(entry, (await utcTable.ReadRowAsync(entry.SiloAddress, CancellationToken.None)).Members.Single().Item1);
    }

    [Fact]
    public async Task Deleting_the_cluster_removes_its_rows_only_and_it_can_be_recreated()
    {
        var (table, connectionString) = await CreateTableAsync();
        Assert.True(await table.InsertRowAsync(NewEntry(), (await table.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));
        var otherTable = CreateTable(connectionString, "other-" + _clusterId);
        await otherTable.InitializeMembershipTableAsync(true, CancellationToken.None);
        Assert.True(await otherTable.InsertRowAsync(NewEntry(), (await otherTable.ReadAllAsync(CancellationToken.None)).Version.Next(), CancellationToken.None));

        await table.DeleteMembershipTableEntriesAsync(_clusterId, CancellationToken.None);

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @id", new { id = _clusterId }));
            Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM orleansmembershipversiontable WHERE deploymentid = @id", new { id = _clusterId }));
        }
        Assert.Single((await otherTable.ReadAllAsync(CancellationToken.None)).Members);

        await table.InitializeMembershipTableAsync(true, CancellationToken.None);
        var recreated = await table.ReadAllAsync(CancellationToken.None);
        Assert.Empty(recreated.Members);
        Assert.Equal(0, recreated.Version.Version);
    }

    private async Task<(AdoNetClusteringTable Table, string ConnectionString)> CreateTableAsync()
    {
        var connectionString = await OrleansDatabase.CreateMigratedAsync(postgres, "membership");
        var table = CreateTable(connectionString);
        await table.InitializeMembershipTableAsync(true, CancellationToken.None);
        return (table, connectionString);
    }

    private AdoNetClusteringTable CreateTable(string connectionString, string? clusterId = null) => new(
        new ServiceCollection().BuildServiceProvider(),
        Options.Create(new ClusterOptions { ClusterId = clusterId ?? _clusterId, ServiceId = "service" }),
        Options.Create(new AdoNetClusteringSiloOptions { Invariant = OrleansDatabase.Invariant, ConnectionString = connectionString }),
        NullLogger<AdoNetClusteringTable>.Instance);

    private static async Task SetSuspectTimesAsync(AdoNetClusteringTable table, MembershipEntry entry, List<Tuple<SiloAddress, DateTime>> suspectTimes)
    {
        var data = await table.ReadAllAsync(CancellationToken.None);
        var (stored, etag) = data.TryGet(entry.SiloAddress)!;
        stored.SuspectTimes = suspectTimes;
        Assert.True(await table.UpdateRowAsync(stored, etag, data.Version.Next(), CancellationToken.None));
    }

    private MembershipEntry NewEntry(
        SiloStatus status = SiloStatus.Joining,
        int proxyPort = 30000,
        IPAddress? address = null,
        DateTime? startTime = null,
        DateTime? aliveTime = null) => new()
    {
        SiloAddress = SiloAddress.New(new IPEndPoint(address ?? IPAddress.Loopback, SiloPort), Interlocked.Increment(ref _generation)),
        SiloName = "silo-ü",
        HostName = "host-ß",
        Status = status,
        ProxyPort = proxyPort,
        StartTime = startTime ?? UtcNowSeconds(),
        IAmAliveTime = aliveTime ?? UtcNowSeconds(),
    };

    private static MembershipEntry Copy(MembershipEntry entry) => new()
    {
        SiloAddress = entry.SiloAddress,
        SiloName = entry.SiloName,
        HostName = entry.HostName,
        Status = entry.Status,
        ProxyPort = entry.ProxyPort,
        StartTime = entry.StartTime,
        IAmAliveTime = entry.IAmAliveTime,
        SuspectTimes = entry.SuspectTimes,
    };

    private static void AssertSameEntry(MembershipEntry expected, MembershipEntry actual)
    {
        Assert.Equal(expected.SiloAddress, actual.SiloAddress);
        Assert.Equal(expected.SiloName, actual.SiloName);
        Assert.Equal(expected.HostName, actual.HostName);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.ProxyPort, actual.ProxyPort);
        Assert.Equal(expected.StartTime, actual.StartTime);
        Assert.Equal(expected.IAmAliveTime, actual.IAmAliveTime);
        Assert.Equal(DateTimeKind.Utc, actual.StartTime.Kind);
        Assert.Empty(actual.SuspectTimes ?? []);
    }

    private static DateTime UtcNowSeconds()
    {
        var now = DateTime.UtcNow;
        return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
    }
}
