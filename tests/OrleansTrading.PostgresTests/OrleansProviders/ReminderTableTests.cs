using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.OrleansProviders;

/// <summary>
/// Conformance of <c>sql/0004_orleans_reminders.sql</c> with the real Orleans 10.4.2 ADO.NET <see cref="IReminderTable"/>
/// (spec §6.2, R1–R5), built the way a silo builds it (<c>UseAdoNetReminderService</c>).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReminderTableTests(PostgresServerFixture postgres) : IAsyncLifetime
{
    private const string GrainType = "my-remindable-grain";

    private readonly List<ServiceProvider> _providers = [];
    private string _connectionString = "";
    private IReminderTable _table = null!;

    public async Task InitializeAsync()
    {
        _connectionString = await OrleansDatabase.CreateMigratedAsync(postgres, "reminders");
        _table = await CreateTableAsync("service-" + Guid.NewGuid().ToString("N") + "/foo");
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }
    }

    [Fact]
    public async Task R1_parallel_upserts_of_one_reminder_get_distinct_etags()
    {
        var grain = NewGrainId();

        // First five racing upserts of a reminder that does not exist yet, then five of the existing row.
        var first = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => _table.UpsertRow(NewReminder(grain, "r1", TimeSpan.FromMinutes(i + 1)))));
        var second = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => _table.UpsertRow(NewReminder(grain, "r1", TimeSpan.FromMinutes(i + 10)))));

        var etags = first.Concat(second).ToArray();
        Assert.All(etags, etag => Assert.False(string.IsNullOrEmpty(etag)));
        Assert.Equal(10, etags.Distinct().Count());
        var stored = await _table.ReadRow(grain, "r1");
        Assert.NotNull(stored);
        // The row carries the ETag of the last writer to commit.
        Assert.Contains(stored.ETag, second);
        Assert.Single((await _table.ReadRows(grain)).Reminders);
    }

    [Fact]
    public async Task R2_remove_needs_the_current_etag_and_the_right_name()
    {
        var grain = NewGrainId();
        var etag = Assert.IsType<string>(await _table.UpsertRow(NewReminder(grain, "r2", TimeSpan.FromMinutes(1))));
        var newer = Assert.IsType<string>(await _table.UpsertRow(NewReminder(grain, "r2", TimeSpan.FromMinutes(2))));
        Assert.NotEqual(etag, newer);

        Assert.False(await _table.RemoveRow(grain, "r2", etag));
        Assert.False(await _table.RemoveRow(grain, "R2", newer));
        Assert.False(await _table.RemoveRow(NewGrainId(), "r2", newer));
        Assert.NotNull(await _table.ReadRow(grain, "r2"));

        Assert.True(await _table.RemoveRow(grain, "r2", newer));
        Assert.False(await _table.RemoveRow(grain, "r2", newer));
        Assert.Null(await _table.ReadRow(grain, "r2"));
        Assert.Empty((await _table.ReadRows(grain)).Reminders);
    }

    [Fact]
    public async Task R3_ring_range_reads_match_the_reference_interval_semantics()
    {
        var random = new Random(20260101);
        var reminders = new List<ReminderEntry>();
        for (var i = 0; i < 120; i++)
        {
            var reminder = NewReminder(NewGrainId(), $"r{i % 3}", TimeSpan.FromMinutes(1 + i));
            reminder.ETag = await _table.UpsertRow(reminder);
            reminders.Add(reminder);
        }
        // Rows of another service in the same table must never show up.
        var other = await CreateTableAsync("other-" + Guid.NewGuid().ToString("N"));
        foreach (var reminder in reminders.Take(10))
        {
            await other.UpsertRow(NewReminder(reminder.GrainId, reminder.ReminderName, TimeSpan.FromHours(1)));
        }
        var hashes = reminders.Select(r => r.GrainId.GetUniformHashCode()).ToArray();
        Assert.Contains(hashes, h => h > int.MaxValue); // both halves of the ring (negative signed values) are covered
        Assert.Contains(hashes, h => h <= int.MaxValue);

        // The whole ring, both ways Orleans asks for it.
        Assert.Equal(Keys(reminders), Keys((await _table.ReadRows(0, 0)).Reminders));
        Assert.Equal(Keys(reminders.Where(r => r.GrainId.GetUniformHashCode() != 0)), Keys((await _table.ReadRows(0, uint.MaxValue)).Reminders));

        // Boundaries: existing hashes (begin excluded, end included), the signed/unsigned seam and the extremes.
        uint[] interesting = [0, 1, int.MaxValue, (uint)int.MaxValue + 1, uint.MaxValue - 1, uint.MaxValue];
        uint Pick() => random.Next(3) switch
        {
            0 => hashes[random.Next(hashes.Length)],
            1 => interesting[random.Next(interesting.Length)],
            _ => (uint)random.NextInt64(0, (long)uint.MaxValue + 1),
        };
        var checkedRanges = 0;
        for (var i = 0; i < 300; i++)
        {
            var begin = Pick();
            var end = Pick();
            var expected = reminders.Where(r => InRing(r.GrainId.GetUniformHashCode(), begin, end));
            var actual = (await _table.ReadRows(begin, end)).Reminders;
            Assert.True(Keys(expected).SequenceEqual(Keys(actual)), $"ReadRows({begin}, {end}) returned the wrong rows.");
            checkedRanges++;
        }
        Assert.Equal(300, checkedRanges);

        // Splitting the ring into owned sub-ranges (as silos do) covers every row exactly once.
        uint[] cuts = [.. hashes.Take(7).Append(0u).Append((uint)int.MaxValue).Distinct().Order()];
        var union = new List<ReminderEntry>();
        for (var i = 0; i < cuts.Length; i++)
        {
            union.AddRange((await _table.ReadRows(cuts[i], cuts[(i + 1) % cuts.Length])).Reminders);
        }
        Assert.Equal(Keys(reminders), Keys(union));
        Assert.Equal(reminders.Count, union.Count);
    }

    [Fact]
    public async Task R4_grain_ids_with_special_characters_start_times_and_periods_round_trip()
    {
        var special = GrainId.Create(GrainType, Guid.NewGuid().ToString("N") + "+foo/bar\\#baz?q=1&x=ü€");
        var upperCase = GrainId.Create(GrainType, "CaseKey");
        var lowerCase = GrainId.Create(GrainType, "casekey");
        var startAt = new DateTime(2026, 3, 4, 5, 6, 7, DateTimeKind.Utc);
        var reminder = new ReminderEntry { GrainId = special, ReminderName = "name with spaces/ünïcödé#?", StartAt = startAt, Period = TimeSpan.FromSeconds(90) };

        var etag = await _table.UpsertRow(reminder);
        await _table.UpsertRow(NewReminder(upperCase, "x", TimeSpan.FromMinutes(1)));
        await _table.UpsertRow(NewReminder(lowerCase, "x", TimeSpan.FromMinutes(2)));

        var stored = await _table.ReadRow(special, reminder.ReminderName);
        Assert.NotNull(stored);
        Assert.Equal(special, stored.GrainId);
        Assert.Equal(special.ToString(), stored.GrainId.ToString());
        Assert.Equal(reminder.ReminderName, stored.ReminderName);
        Assert.Equal(startAt, stored.StartAt);
        Assert.Equal(DateTimeKind.Utc, stored.StartAt.Kind);
        Assert.Equal(TimeSpan.FromSeconds(90), stored.Period);
        Assert.Equal(etag, stored.ETag);
        var byGrain = Assert.Single((await _table.ReadRows(special)).Reminders);
        Assert.Equal(special, byGrain.GrainId);

        // Grain ids compare case-sensitively.
        Assert.Equal(TimeSpan.FromMinutes(1), Assert.Single((await _table.ReadRows(upperCase)).Reminders).Period);
        Assert.Equal(TimeSpan.FromMinutes(2), Assert.Single((await _table.ReadRows(lowerCase)).Reminders).Period);

        // An upsert replaces start time and period and moves the ETag.
        var moved = new ReminderEntry { GrainId = special, ReminderName = reminder.ReminderName, StartAt = startAt.AddDays(1), Period = TimeSpan.FromMinutes(5) };
        var movedEtag = await _table.UpsertRow(moved);
        var reread = await _table.ReadRow(special, reminder.ReminderName);
        Assert.NotNull(reread);
        Assert.NotEqual(etag, movedEtag);
        Assert.Equal(movedEtag, reread.ETag);
        Assert.Equal(startAt.AddDays(1), reread.StartAt);
        Assert.Equal(TimeSpan.FromMinutes(5), reread.Period);

        Assert.Null(await _table.ReadRow(special, "missing"));
        Assert.Empty((await _table.ReadRows(NewGrainId())).Reminders);
    }

    [Fact]
    public async Task R5_periods_longer_than_int_milliseconds_survive()
    {
        var grain = NewGrainId();
        var period = TimeSpan.FromDays(40) + TimeSpan.FromMilliseconds(123);
        Assert.True(period.TotalMilliseconds > int.MaxValue);

        await _table.UpsertRow(NewReminder(grain, "long", period));

        var stored = await _table.ReadRow(grain, "long");
        Assert.NotNull(stored);
        Assert.Equal(period, stored.Period);
        await using var connection = new NpgsqlConnection(_connectionString);
        Assert.Equal((long)period.TotalMilliseconds, await connection.ExecuteScalarAsync<long>(
            "SELECT period FROM orleansreminderstable WHERE grainid = @grainId", new { grainId = grain.ToString() }));
    }

    [Fact]
    public async Task Clearing_the_table_removes_only_this_services_reminders()
    {
        var grain = NewGrainId();
        await _table.UpsertRow(NewReminder(grain, "a", TimeSpan.FromMinutes(1)));
        var other = await CreateTableAsync("other-" + Guid.NewGuid().ToString("N"));
        await other.UpsertRow(NewReminder(grain, "a", TimeSpan.FromMinutes(1)));

        await _table.TestOnlyClearTable();

        Assert.Empty((await _table.ReadRows(0, 0)).Reminders);
        Assert.Single((await other.ReadRows(0, 0)).Reminders);
    }

    private async Task<IReminderTable> CreateTableAsync(string serviceId)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = "cluster";
            o.ServiceId = serviceId;
        });
        services.UseAdoNetReminderService(options => options.Configure(o =>
        {
            o.Invariant = OrleansDatabase.Invariant;
            o.ConnectionString = _connectionString;
        }));
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        var table = provider.GetRequiredService<IReminderTable>();
        await table.StartAsync(CancellationToken.None);
        return table;
    }

    /// <summary>The ring interval (begin, end] over the unsigned hash space; begin == end is the whole ring.</summary>
    private static bool InRing(uint hash, uint begin, uint end) =>
        begin < end ? hash > begin && hash <= end : hash > begin || hash <= end;

    private static string[] Keys(IEnumerable<ReminderEntry> reminders) =>
        [.. reminders.Select(r => r.GrainId + "|" + r.ReminderName).Order(StringComparer.Ordinal)];

    private static GrainId NewGrainId() => GrainId.Create(GrainType, Guid.NewGuid().ToString("N"));

    private static ReminderEntry NewReminder(GrainId grain, string name, TimeSpan period) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        Period = period,
    };
}
