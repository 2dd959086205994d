using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OrleansTrading.TestSupport.Api;
using OrleansTrading.TestSupport.Bots;
using OrleansTrading.TestSupport.Postgres;

namespace OrleansTrading.PostgresTests.Cluster;

/// <summary>The api host in Cluster mode: an Orleans client of separate silos, with a PostgreSQL health check.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ClusterModeApiTests(PostgresServerFixture postgres)
{
    [Fact]
    public async Task The_api_joins_the_silos_serves_bots_and_reports_health()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("clusterapi");
        var silo = await ClusterSilo.StartAsync(connectionString);
        await using var api = await ApiServer.StartAsync(false, "--Orleans:Mode=Cluster", $"--ConnectionStrings:Postgres={connectionString}");

        using (var created = await api.Client.PostAsJsonAsync("/api/bots", BotForms.Valid("via api")))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        var bots = await api.GetJsonAsync("/api/bots");
        Assert.Equal("via api", Assert.Single(bots.EnumerateArray()).GetProperty("name").GetString());

        var health = await api.GetJsonAsync("/api/health");
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal("cluster", health.GetProperty("mode").GetString());
        Assert.Equal("healthy", health.GetProperty("checks").GetProperty("postgres").GetProperty("status").GetString());
        Assert.Equal("healthy", health.GetProperty("checks").GetProperty("silo").GetProperty("status").GetString());

        await silo.DisposeAsync();

        using var unhealthy = await api.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unhealthy.StatusCode);
        var body = JsonDocument.Parse(await unhealthy.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("unhealthy", body.GetProperty("checks").GetProperty("silo").GetProperty("status").GetString());
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("postgres").GetProperty("status").GetString());
    }
}
