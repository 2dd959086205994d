using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.Dashboard;
using OrleansTrading.GrainInterfaces.Streams;

namespace OrleansTrading.Grains.Hosting;

/// <summary>Configures an Orleans client (the api host in Cluster mode) to join the silos of the configured cluster.</summary>
public static class OrleansTradingClientExtensions
{
    public static IClientBuilder AddOrleansTradingClient(this IClientBuilder client, IConfiguration configuration)
    {
        var options = OrleansTradingConfiguration.ReadHostingOptions(configuration);
        client.Configure<ClusterOptions>(cluster =>
        {
            cluster.ClusterId = options.ClusterId;
            cluster.ServiceId = options.ServiceId;
        });
        if (options.Mode == OrleansMode.Embedded)
        {
            client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
        }
        else
        {
            var connectionString = OrleansTradingConfiguration.RequirePostgresConnectionString(configuration);
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = ConfigurationKeys.NpgsqlInvariant;
                o.ConnectionString = connectionString;
            });
        }
        client.AddMemoryStreams(StreamNames.Provider);
        if (options.EnableDashboard)
        {
            client.AddDashboard();
        }
        return client;
    }
}
