using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using OrleansTrading.GrainInterfaces.Streams;
using OrleansTrading.Grains.Hosting;
using OrleansTrading.Grains.MarketData.Clock;
using OrleansTrading.Grains.MarketData.Feeds;
using OrleansTrading.Grains.Time;
using OrleansTrading.GrainTests.Trading;

namespace OrleansTrading.GrainTests;

/// <summary>
/// One in-process Embedded-mode test cluster per collection, with the production providers, a fake clock, a scripted
/// market-data feed and the real NYSE calendar (not always-open), so tests drive time, prices and market hours.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The clock every silo of this fixture reads (in-process silos share the static). Starts Monday 2026-03-02 09:30 New York.</summary>
    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 14, 30, 0, TimeSpan.Zero));

    /// <summary>The bars every silo of this fixture trades on.</summary>
    public static ScriptedMarketDataFeed Feed { get; } = new();

    public TestCluster Cluster { get; } = new TestClusterBuilder(initialSilosCount: 1)
        .AddSiloBuilderConfigurator<SiloConfigurator>()
        .AddClientBuilderConfigurator<ClientConfigurator>()
        .Build();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public IClusterClient Client => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>Moves the clock forward, if needed, to one minute past the next NYSE open (the market is then open).</summary>
    public static void EnsureMarketOpen()
    {
        var now = Clock.GetUtcNow();
        if (!NyseCalendar.IsOpen(now) || NyseCalendar.NextClose(now) - now < TimeSpan.FromHours(1))
        {
            Clock.SetUtcNow(NyseCalendar.NextOpen(now) + TimeSpan.FromMinutes(1));
        }
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection([
                    new("Orleans:Mode", "Embedded"),
                    new("Orleans:EnableDashboard", "false"),
                    new("Market:AlwaysOpen", "false"),
                ])
                .Build();
            // Only trading code runs on the fake clock; Orleans keeps real time for its stream caches and timers.
            siloBuilder.Services.AddSingleton(new TradingClock(Clock));
            siloBuilder.Services.AddSingleton<IMarketDataFeed>(Feed);
            siloBuilder.AddOrleansTradingProviders(configuration);
        }
    }

    private sealed class ClientConfigurator : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.AddMemoryStreams(StreamNames.Provider);
    }
}
