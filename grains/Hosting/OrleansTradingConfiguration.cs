using Microsoft.Extensions.Configuration;

namespace OrleansTrading.Grains.Hosting;

/// <summary>Reads the settings every host shares, failing early and clearly when one is missing.</summary>
public static class OrleansTradingConfiguration
{
    public static OrleansHostingOptions ReadHostingOptions(IConfiguration configuration) =>
        configuration.GetSection(OrleansHostingOptions.SectionName).Get<OrleansHostingOptions>() ?? new OrleansHostingOptions();

    public static string RequirePostgresConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConfigurationKeys.PostgresConnectionStringName) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                $"Orleans:Mode is Cluster but ConnectionStrings:{ConfigurationKeys.PostgresConnectionStringName} is not set. " +
                "Set it in appsettings.json or the environment variable ConnectionStrings__Postgres.");
}
