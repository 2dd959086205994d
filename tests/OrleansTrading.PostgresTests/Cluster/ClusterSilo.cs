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
    private bool _disposed;

    private ClusterSilo(IHost host, int siloPort, int gatewayPort)
    {
        _host = host;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    public int SiloPort { get; }
    public int GatewayPort { get; }
    public IServiceProvider Services => _host.Services;

    /// <summary>The silo's address (endpoint and generation), as its membership row records it.</summary>
    public SiloAddress Address => _host.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress;

    /// <param name="settings">Extra configuration (e.g. <c>MarketData:BarPeriod</c>), over the Cluster-mode defaults.</param>
    public static IConfiguration Configuration(string connectionString, int siloPort, int gatewayPort,
        IEnumerable<KeyValuePair<string, string?>>? settings = null) =>
        new ConfigurationBuilder().AddInMemoryCollection(
        [
            new("Orleans:Mode", "Cluster"),
            new("Orleans:SiloPort", siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Orleans:GatewayPort", gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Orleans:EnableDashboard", "false"),
            new("ConnectionStrings:Postgres", connectionString),
            .. settings ?? [],
        ]).Build();

    /// <param name="settings">Extra configuration over the Cluster-mode defaults.</param>
    /// <param name="configure">Runs after the production configuration, e.g. to shorten membership or reminder timings.</param>
    public static async Task<ClusterSilo> StartAsync(string connectionString, int? siloPort = null, int? gatewayPort = null,
        IEnumerable<KeyValuePair<string, string?>>? settings = null, Action<ISiloBuilder>? configure = null)
    {
        var silo = siloPort ?? FreePorts.Next();
        var gateway = gatewayPort ?? FreePorts.Next();
        var configuration = Configuration(connectionString, silo, gateway, settings);
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(s =>
        {
            s.AddOrleansTrading(configuration);
            configure?.Invoke(s);
        });
        var host = builder.Build();
        await host.StartAsync();
        return new ClusterSilo(host, silo, gateway);
    }

    /// <summary>A graceful shutdown: grains deactivate and the silo leaves the membership table as Dead.</summary>
    public async Task StopAsync() => await _host.StopAsync();

    /// <summary>
    /// Orleans' kill path (what <c>TestCluster.KillSiloAsync</c> does): a stop with an already-cancelled token, so no
    /// grain is deactivated and nothing is flushed (no <c>OnDeactivateAsync</c>, no state write, no reminder cleanup),
    /// sockets close at once; then the host and its services (ledger connections, timers) are disposed. Orleans still
    /// tries to mark the silo Dead in the membership table; a test that wants the row of a crashed process rewrites it.
    /// </summary>
    public async Task KillAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        using var killed = new CancellationTokenSource();
        await killed.CancelAsync();
        try
        {
            await _host.StopAsync(killed.Token);
        }
        catch (OperationCanceledException)
        {
            // Expected: the stop was cancelled before it began.
        }
        _host.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
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
