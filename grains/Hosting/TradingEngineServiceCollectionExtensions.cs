using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OrleansTrading.Grains.Bots;
using OrleansTrading.Grains.Execution.Brokers;
using OrleansTrading.Grains.MarketData.Clock;
using OrleansTrading.Grains.MarketData.Feeds;
using OrleansTrading.Grains.Observability;

namespace OrleansTrading.Grains.Hosting;

/// <summary>
/// Registers what the trading grains run on: the market-data feed, the broker and the market clock, with defaults by
/// mode. Embedded: one simulated 1-minute bar per second and a market that is always open, so the demo trades at any
/// hour. Cluster: real-time 1-minute bars and the NYSE calendar. Every default can be overridden in configuration.
/// </summary>
public static class TradingEngineServiceCollectionExtensions
{
    public static IServiceCollection AddTradingEngine(this IServiceCollection services, IConfiguration configuration)
    {
        var embedded = OrleansTradingConfiguration.ReadHostingOptions(configuration).Mode == OrleansMode.Embedded;
        var marketData = configuration.GetSection(MarketDataOptions.SectionName);
        services.AddOptions<MarketDataOptions>()
            .Configure(o => o.BarPeriod = embedded ? TimeSpan.FromSeconds(1) : TimeSpan.FromMinutes(1))
            .Bind(marketData);
        services.AddOptions<BotGrainOptions>().Bind(configuration.GetSection(BotGrainOptions.SectionName));
        services.AddOptions<PaperBrokerOptions>().Bind(configuration.GetSection(PaperBrokerOptions.SectionName));
        services.TryAddSingleton<IMarketDataFeed>(sp => sp.GetRequiredService<IOptions<MarketDataOptions>>().Value.Feed switch
        {
            MarketDataFeedKind.Replay => ActivatorUtilities.CreateInstance<ReplayMarketDataFeed>(sp),
            _ => ActivatorUtilities.CreateInstance<SimulatedMarketDataFeed>(sp),
        });
        services.TryAddSingleton<IBrokerClient, PaperBroker>();
        services.TryAddSingleton<TradingMetrics>();

        var clock = new MarketClockOptions
        {
            AlwaysOpen = embedded,
            // The demo's simulated session: 390 one-minute bars at one bar a second.
            AlwaysOpenSessionLength = embedded ? TimeSpan.FromSeconds(390) : TimeSpan.FromHours(6.5),
        };
        configuration.GetSection(MarketClockOptions.SectionName).Bind(clock);
        services.TryAddSingleton(new MarketClock(clock));
        return services;
    }
}
