using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OrleansTrading.Grains.Hosting;
using OrleansTrading.TestSupport.Network;

namespace OrleansTrading.PostgresTests.Cluster;

/// <summary>
/// A Cluster-mode silo configured exactly like the silo executable (ADO.NET clustering, storage and reminders,
/// migrations at start), on free loopback ports, in this process.
/// </summary>
public sealed class ClusterSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterSilo(IHost host, int siloPort, int gatewayPort)
    {
        _host = host;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    public int SiloPort { get; }
    public int GatewayPort { get; }
    public IServiceProvider Services => _host.Services;

    public static IConfiguration Configuration(string connectionString, int siloPort, int gatewayPort) =>
        new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("Orleans:Mode", "Cluster"),
            new("Orleans:SiloPort", siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Orleans:GatewayPort", gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Orleans:EnableDashboard", "false"),
            new("ConnectionStrings:Postgres", connectionString),
        ]).Build();

    public static async Task<ClusterSilo> StartAsync(string connectionString, int? siloPort = null, int? gatewayPort = null)
    {
        var silo = siloPort ?? FreePorts.Next();
        var gateway = gatewayPort ?? FreePorts.Next();
        var configuration = Configuration(connectionString, silo, gateway);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(s => s.AddOrleansTrading(configuration));
        var host = builder.Build();
        await host.StartAsync();
        return new ClusterSilo(host, silo, gateway);
    }

    /// <summary>A graceful shutdown: the silo leaves the membership table as Dead.</summary>
    public async Task StopAsync() => await _host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(TimeSpan.FromSeconds(10));
        }
        catch (ObjectDisposedException)
        {
            // Already stopped and disposed by the test.
        }
        _host.Dispose();
    }
}
