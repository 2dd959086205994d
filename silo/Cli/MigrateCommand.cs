using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using OrleansTrading.Grains.Database;
using OrleansTrading.Grains.Hosting;

namespace OrleansTrading.Silo.Cli;

/// <summary><c>silo migrate</c>: applies the <c>sql/</c> scripts the database lacks and prints what it did.</summary>
public static class MigrateCommand
{
    public static Command Build()
    {
        var connectionOption = new Option<string?>("--connection-string")
        {
            Description = "PostgreSQL connection string (default: ConnectionStrings:Postgres from appsettings.json or ConnectionStrings__Postgres).",
        };
        var command = new Command("migrate", "Apply the Orleans and ledger schema to PostgreSQL (idempotent; records versions in schema_version).");
        command.Options.Add(connectionOption);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var connectionString = parseResult.GetValue(connectionOption) ?? ReadConfiguredConnectionString();
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                await Console.Error.WriteLineAsync("No connection string: pass --connection-string or set ConnectionStrings__Postgres.");
                return 2;
            }
            using var loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true));
            var migrator = new SchemaMigrator(connectionString, loggerFactory.CreateLogger<SchemaMigrator>());
            var result = await migrator.MigrateAsync(cancellationToken);
            Console.WriteLine($"Applied {result.Applied.Count} script(s) [{string.Join(", ", result.Applied)}]; {result.AlreadyApplied.Count} already present.");
            return 0;
        });
        return command;
    }

    private static string? ReadConfiguredConnectionString() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build()
            .GetConnectionString(ConfigurationKeys.PostgresConnectionStringName);
}
