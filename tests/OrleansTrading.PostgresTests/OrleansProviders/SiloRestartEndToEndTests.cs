using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using OrleansTrading.PostgresTests.OrleansProviders.Grains;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.OrleansProviders;

/// <summary>
/// End to end on the migrated database: a silo with ADO.NET clustering, grain storage and reminders writes state and
/// registers a reminder, stops, and a new silo of the same service/cluster brings the grain back through the reminder alone.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloRestartEndToEndTests(PostgresServerFixture postgres)
{
    private const string ServiceId = "orleans-trading-e2e";
    private const string ClusterId = "orleans-trading-e2e-cluster";
    private const int Active = 3;
    private const int Dead = 6;

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private string _connectionString = "";

    [Fact]
    public async Task A_reminder_reactivates_its_grain_after_a_silo_restart_and_the_state_survives()
    {
        _connectionString = await OrleansDatabase.CreateMigratedAsync(postgres, "e2e");
        var siloPort = TestSilo.FreeTcpPort();
        var gatewayPort = TestSilo.FreeTcpPort();
        const string grainKey = "probe/ü-1";

        // Generation 1: write state, register the reminder, see it tick once.
        var first = await StartSiloAsync(siloPort, gatewayPort);
        var firstAddress = first.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
        var grain = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IReminderProbeGrain>(grainKey);
        await grain.SetLabel("persisted label");
        var firstSilo = await grain.GetSilo();
        await grain.StartTicking(TimeSpan.FromSeconds(2));
        await EventuallyAsync(async () => await ReadProbeAsync() is { State.Ticks: >= 1 } probe ? probe : null, "a first tick on the first silo");
        Assert.Equal(Active, await MemberStatusAsync(firstAddress));
        await TestSilo.StopAsync(first);

        var atStop = await ReadProbeAsync();
        Assert.NotNull(atStop);
        var (deadStatus, deadSuspectTimes) = await MemberRowAsync(firstAddress);
        Assert.Equal(Dead, deadStatus);
        // A silo that shuts down declares itself dead with its own vote.
        Assert.Contains(firstAddress.ToParsableString(), deadSuspectTimes ?? "", StringComparison.Ordinal);
        Assert.Equal(1, await ReminderRowCountAsync());

        // Generation 2, same service, cluster and endpoint. No grain call until the reminder alone has re-activated the grain.
        var second = await StartSiloAsync(siloPort, gatewayPort);
        try
        {
            var secondAddress = second.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;
            Assert.NotEqual(firstAddress, secondAddress);
            var reactivated = await EventuallyAsync(
                async () => await ReadProbeAsync() is { } probe && probe.State.Ticks > atStop.State.Ticks && probe.State.LastTickSilo != firstSilo ? probe : null,
                "a tick handled by the restarted silo");

            Assert.Equal("persisted label", reactivated.State.Label);
            // Every write moved the stored version by one.
            Assert.Equal(reactivated.State.Writes, reactivated.Version);
            Assert.True(reactivated.Version > atStop.Version);
            Assert.Equal(Active, await MemberStatusAsync(secondAddress));
            Assert.Equal(Dead, await MemberStatusAsync(firstAddress));

            var sameGrain = second.Services.GetRequiredService<IGrainFactory>().GetGrain<IReminderProbeGrain>(grainKey);
            Assert.Equal(reactivated.State.LastTickSilo, await sameGrain.GetSilo());
            Assert.Equal("persisted label", await sameGrain.GetLabel());

            await sameGrain.StopTicking();
            Assert.Equal(0, await ReminderRowCountAsync());
        }
        finally
        {
            await TestSilo.StopAsync(second);
        }

        await using var connection = new NpgsqlConnection(_connectionString);
        var statuses = await connection.QueryAsync<int>("SELECT status FROM orleansmembershiptable WHERE deploymentid = @ClusterId", new { ClusterId });
        Assert.Equal([Dead, Dead], statuses);
    }

    private Task<IHost> StartSiloAsync(int siloPort, int gatewayPort) => TestSilo.StartAsync(silo =>
    {
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = ClusterId;
            o.ServiceId = ServiceId;
        });
        silo.ConfigureEndpoints(IPAddress.Loopback, siloPort, gatewayPort);
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = OrleansDatabase.Invariant;
            o.ConnectionString = _connectionString;
        });
        silo.AddAdoNetGrainStorage(ReminderProbeGrain.StorageName, o =>
        {
            o.Invariant = OrleansDatabase.Invariant;
            o.ConnectionString = _connectionString;
        });
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = OrleansDatabase.Invariant;
            o.ConnectionString = _connectionString;
        });
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
    });

    private async Task<ProbeRow?> ReadProbeAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        var rows = (await connection.QueryAsync<(string Json, int Version)>(
            "SELECT convert_from(payloadbinary, 'UTF8'), version FROM orleansstorage WHERE serviceid = @ServiceId AND graintypestring = @StateName",
            new { ServiceId, ReminderProbeGrain.StateName })).ToList();
        if (rows.Count == 0)
        {
            return null;
        }
        var (json, version) = Assert.Single(rows);
        return new ProbeRow(JsonSerializer.Deserialize<ReminderProbeState>(json, JsonOptions)!, version);
    }

    private async Task<(int Status, string? SuspectTimes)> MemberRowAsync(SiloAddress silo)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        return await connection.QuerySingleAsync<(int, string?)>(
            "SELECT status, suspecttimes FROM orleansmembershiptable WHERE deploymentid = @ClusterId AND address = @Address AND port = @Port AND generation = @Generation",
            new { ClusterId, Address = silo.Endpoint.Address.ToString(), silo.Endpoint.Port, silo.Generation });
    }

    private async Task<int> MemberStatusAsync(SiloAddress silo) => (await MemberRowAsync(silo)).Status;

    private async Task<int> ReminderRowCountAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM orleansreminderstable WHERE serviceid = @ServiceId", new { ServiceId });
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe, string what)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (clock.Elapsed > Deadline)
            {
                throw new TimeoutException($"Timed out after {Deadline.TotalSeconds} s waiting for {what}.");
            }
            await Task.Delay(200);
        }
    }
}
