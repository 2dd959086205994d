using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using OrleansTrading.Grains.Hosting;

namespace OrleansTrading.PostgresTests.Cluster;

/// <summary>An Orleans client host: either the production client (ADO.NET gateway list) or pinned to one gateway.</summary>
public sealed class ClusterClient : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterClient(IHost host) => _host = host;

    public IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>The client exactly as the api host builds it in Cluster mode.</summary>
    public static Task<ClusterClient> ConnectAsync(string connectionString) =>
        StartAsync(c => c.AddOrleansTradingClient(ClusterSilo.Configuration(connectionString, 0, 0)));

    /// <summary>A client that can only talk to the silo whose gateway listens on <paramref name="gatewayPort"/>.</summary>
    public static Task<ClusterClient> ConnectToGatewayAsync(int gatewayPort) => StartAsync(c =>
    {
        var defaults = new OrleansHostingOptions();
        c.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = defaults.ClusterId;
            o.ServiceId = defaults.ServiceId;
        });
        c.UseStaticClustering(new IPEndPoint(IPAddress.Loopback, gatewayPort));
    });

    private static async Task<ClusterClient> StartAsync(Action<IClientBuilder> configure)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(configure);
        var host = builder.Build();
        await host.StartAsync();
        return new ClusterClient(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(TimeSpan.FromSeconds(10));
        _host.Dispose();
    }
}
