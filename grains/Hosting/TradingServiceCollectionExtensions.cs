using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.Grains.Ledger.Queries;
using OrleansTrading.Grains.Time;

namespace OrleansTrading.Grains.Hosting;

/// <summary>Registers the non-Orleans services grains and the api depend on, for the configured mode.</summary>
public static class TradingServiceCollectionExtensions
{
    public static IServiceCollection AddTradingServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new TradingClock(sp.GetRequiredService<TimeProvider>()));
        // One ledger instance answers both interfaces: in Embedded mode the dashboard must read the very rows the
        // co-hosted grains write.
        var options = OrleansTradingConfiguration.ReadHostingOptions(configuration);
        if (options.Mode == OrleansMode.Embedded)
        {
            services.TryAddSingleton<InMemoryTradeLedger>();
            services.TryAddSingleton<ITradeLedger>(sp => sp.GetRequiredService<InMemoryTradeLedger>());
            services.TryAddSingleton<ILedgerQueries>(sp => sp.GetRequiredService<InMemoryTradeLedger>());
        }
        else
        {
            var connectionString = OrleansTradingConfiguration.RequirePostgresConnectionString(configuration);
            services.TryAddSingleton(_ => NpgsqlDataSource.Create(connectionString));
            services.TryAddSingleton<PostgresTradeLedger>();
            services.TryAddSingleton<ITradeLedger>(sp => sp.GetRequiredService<PostgresTradeLedger>());
            services.TryAddSingleton<ILedgerQueries>(sp => sp.GetRequiredService<PostgresTradeLedger>());
        }
        return services;
    }
}
