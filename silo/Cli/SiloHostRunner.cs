using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using OrleansTrading.Grains.Hosting;

namespace OrleansTrading.Silo.Cli;

/// <summary>Builds and runs the silo host. Configuration: appsettings.json, <c>ORLEANSTRADING_</c>-less env vars, command line.</summary>
public static class SiloHostRunner
{
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // The silo executable exists for Cluster mode; Embedded silos live inside the api host.
        builder.Configuration.AddInMemoryCollection([new($"{OrleansHostingOptions.SectionName}:{nameof(OrleansHostingOptions.Mode)}", nameof(OrleansMode.Cluster))]);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        builder.UseOrleans(silo => silo.AddOrleansTrading(builder.Configuration));
        using var host = builder.Build();
        await host.RunAsync(cancellationToken);
        return 0;
    }
}
