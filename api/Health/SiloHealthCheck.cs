using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OrleansTrading.Api.Health;

/// <summary>Healthy when the cluster answers a management call and reports at least one active silo.</summary>
public sealed class SiloHealthCheck(IClusterClient client) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // The token cancels the grain call; WaitAsync bounds how long a hung cluster can hold the check.
            var hosts = await client.GetGrain<IManagementGrain>(0).GetHosts(true, cancellationToken).WaitAsync(Timeout, cancellationToken);
            return hosts.Count > 0
                ? HealthCheckResult.Healthy($"{hosts.Count} active silo(s)")
                : HealthCheckResult.Unhealthy("No active silo");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The Orleans cluster did not answer", e);
        }
    }
}
