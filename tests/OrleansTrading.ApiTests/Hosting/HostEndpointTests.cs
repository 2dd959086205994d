using System.Net;
using System.Text.Json;

namespace OrleansTrading.ApiTests.Hosting;

/// <summary>Health, Swagger, the Orleans Dashboard and CORS on the running api host.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostEndpointTests(ApiServerFixture fixture)
{
    private HttpClient Http => fixture.Server.Client;

    [Fact]
    public async Task Health_reports_healthy_with_a_real_silo_check()
    {
        using var response = await Http.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("healthy", health.GetProperty("status").GetString());
        Assert.Equal("embedded", health.GetProperty("mode").GetString());
        var silo = health.GetProperty("checks").GetProperty("silo");
        Assert.Equal("healthy", silo.GetProperty("status").GetString());
        Assert.Equal("1 active silo(s)", silo.GetProperty("description").GetString());
        Assert.False(health.GetProperty("checks").TryGetProperty("postgres", out _));
    }

    [Fact]
    public async Task Swagger_ui_and_document_describe_the_bot_endpoints()
    {
        using var ui = await Http.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);

        var document = JsonDocument.Parse(await Http.GetStringAsync("/swagger/v1/swagger.json")).RootElement;
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/bots", paths);
        Assert.Contains("/api/bots/{id}", paths);
        Assert.Contains("/api/bots/{id}/start", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/dashboard", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Orleans_dashboard_is_served_under_dashboard()
    {
        using var response = await Http.GetAsync("/dashboard/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://localhost:5173")]
    [InlineData("http://localhost:3000")]
    public async Task Cors_allows_the_dashboard_dev_servers(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/bots");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(origin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Cors_does_not_allow_other_origins()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/bots");
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await Http.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
