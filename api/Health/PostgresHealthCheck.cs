using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace OrleansTrading.Api.Health;

/// <summary>Healthy when PostgreSQL accepts a connection and answers a query (Cluster mode only).</summary>
public sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Timeout);
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy("PostgreSQL answered");
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or TimeoutException)
        {
            // The exception text can carry the host name but never the password (Npgsql omits it).
            return HealthCheckResult.Unhealthy("PostgreSQL is unreachable", e);
        }
    }
}
