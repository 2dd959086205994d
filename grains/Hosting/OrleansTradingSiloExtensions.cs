using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Storage;
using OrleansTrading.GrainInterfaces.Market;
using OrleansTrading.GrainInterfaces.Storage;
using OrleansTrading.GrainInterfaces.Streams;
using OrleansTrading.Grains.Database;

namespace OrleansTrading.Grains.Hosting;

/// <summary>The one silo configuration used by the silo host, the api host's co-hosted silo and the test clusters.</summary>
public static class OrleansTradingSiloExtensions
{
    /// <summary>
    /// Configures clustering, grain storage, reminders, streams, the dashboard and the trading services for the
    /// mode named in <c>Orleans:Mode</c>.
    /// </summary>
    public static ISiloBuilder AddOrleansTrading(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = OrleansTradingConfiguration.ReadHostingOptions(configuration);
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ServiceId;
        });
        if (options.Mode == OrleansMode.Embedded)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
        }
        else
        {
            var connectionString = OrleansTradingConfiguration.RequirePostgresConnectionString(configuration);
            silo.ConfigureEndpoints(ResolveAdvertisedAddress(options.AdvertisedAddress), options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = ConfigurationKeys.NpgsqlInvariant;
                o.ConnectionString = connectionString;
            });
        }
        return silo.AddOrleansTradingProviders(configuration);
    }

    /// <summary>
    /// Everything but clustering and endpoints: grain storage, reminders, streams, dashboard and trading services.
    /// Test clusters, which own clustering and ports, call this directly.
    /// </summary>
    public static ISiloBuilder AddOrleansTradingProviders(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = OrleansTradingConfiguration.ReadHostingOptions(configuration);
        if (options.Mode == OrleansMode.Embedded)
        {
            silo.AddMemoryGrainStorage(StorageNames.Trading);
            silo.UseInMemoryReminderService();
        }
        else
        {
            var connectionString = OrleansTradingConfiguration.RequirePostgresConnectionString(configuration);
            silo.AddAdoNetGrainStorage(StorageNames.Trading, o =>
            {
                o.Invariant = ConfigurationKeys.NpgsqlInvariant;
                o.ConnectionString = connectionString;
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = ConfigurationKeys.NpgsqlInvariant;
                o.ConnectionString = connectionString;
            });
            if (options.MigrateOnStart)
            {
                // Runs at the first lifecycle stage, before the providers read their queries from the database.
                silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
                    ActivatorUtilities.CreateInstance<SchemaMigrationLifecycleParticipant>(sp, connectionString));
            }
        }

        // Plain JSON state rows: readable in psql and immune to CLR type renames.
        silo.UseSystemTextJsonGrainStorageSerializer();
        // Stream pub-sub state stays in Orleans' own serializer: System.Text.Json writes PubSubRendezvousGrain's state but
        // cannot read it back (PubSubPublisherState has no constructor it can bind), so any reactivation of a rendezvous
        // grain with stored subscriptions (its silo left the cluster, or it was idle-collected) failed, taking with it the
        // activation of every position grain following that symbol's prices, and so its bot's cycles.
        silo.AddMemoryGrainStorage(StorageNames.PubSub);
        silo.Services.AddOptions<MemoryGrainStorageOptions>(StorageNames.PubSub)
            .Configure<IServiceProvider>((o, services) => o.GrainStorageSerializer = ActivatorUtilities.CreateInstance<OrleansGrainStorageSerializer>(services));
        // Pulling agents poll their queues every 100 ms by default; a stop-loss riding the price stream would wait that long.
        silo.AddMemoryStreams(StreamNames.Provider, streams => streams.ConfigurePullingAgent(agent =>
            agent.Configure(o => o.GetQueueMsgsTimerPeriod = TimeSpan.FromMilliseconds(10))));
        if (options.EnableDashboard)
        {
            silo.AddDashboard();
        }
        silo.Services.AddTradingServices(configuration);
        silo.Services.AddTradingEngine(configuration);
        // The market clock publishes open/close transitions from its own timer, so it must be running from the start.
        silo.AddStartupTask((services, _) => services.GetRequiredService<IGrainFactory>().GetGrain<IMarketClockGrain>(IMarketClockGrain.Key).GetStatusAsync());
        return silo;
    }

    private static IPAddress ResolveAdvertisedAddress(string? configured)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            return IPAddress.Loopback;
        }
        if (IPAddress.TryParse(configured, out var address))
        {
            return address;
        }
        // A host name (e.g. a compose service name): advertise its first IPv4 address.
        return Dns.GetHostAddresses(configured).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
    }
}
