using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using OrleansTrading.Grains.Hosting;

namespace OrleansTrading.GrainTests;

/// <summary>One in-process Embedded-mode test cluster per collection, with the production providers and a fake clock.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The clock every silo of this fixture reads (in-process silos share the static).</summary>
    public static FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 14, 30, 0, TimeSpan.Zero));

    public TestCluster Cluster { get; } = new TestClusterBuilder(initialSilosCount: 1)
        .AddSiloBuilderConfigurator<SiloConfigurator>()
        .Build();

    public IGrainFactory Grains => Cluster.GrainFactory;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection([new("Orleans:Mode", "Embedded"), new("Orleans:EnableDashboard", "false")])
                .Build();
            siloBuilder.Services.AddSingleton<TimeProvider>(Clock);
            siloBuilder.AddOrleansTradingProviders(configuration);
        }
    }
}
