using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using OrleansTrading.Api.Health;
using OrleansTrading.TestSupport.Network;

namespace OrleansTrading.ApiTests.Health;

public sealed class PostgresHealthCheckTests
{
    [Fact]
    public async Task An_unreachable_server_is_unhealthy_without_leaking_the_password()
    {
        // A loopback port nobody listens on: the connection is refused at once.
        await using var dataSource = NpgsqlDataSource.Create($"Host=127.0.0.1;Port={FreePorts.Next()};Username=trader;Password=s3cret-value;Timeout=3");
        var check = new PostgresHealthCheck(dataSource);

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("PostgreSQL is unreachable", result.Description);
        Assert.DoesNotContain("s3cret-value", result.Exception?.ToString() ?? "", StringComparison.Ordinal);
    }
}
