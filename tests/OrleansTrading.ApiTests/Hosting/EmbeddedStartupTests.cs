using System.Net;
using System.Text.Json;
using OrleansTrading.Api.Demo;

namespace OrleansTrading.ApiTests.Hosting;

/// <summary>What a newcomer sees after <c>dotnet run --project api</c>: a demo bot, configurable CORS.</summary>
public sealed class EmbeddedStartupTests
{
    [Fact]
    public async Task First_start_seeds_one_running_demo_bot()
    {
        await using var server = await ApiServer.StartAsync(seedDemoBot: true);

        var bots = await server.GetJsonAsync("/api/bots");

        var demo = Assert.Single(bots.EnumerateArray());
        Assert.Equal(DemoBot.Name, demo.GetProperty("name").GetString());
        Assert.Equal("running", demo.GetProperty("status").GetString());
        Assert.True(demo.GetProperty("is_active").GetBoolean());
    }

    [Fact]
    public async Task Cors_origins_come_from_configuration()
    {
        await using var server = await ApiServer.StartAsync(false, "--Cors:AllowedOrigins:0=http://dash.local:8080");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/bots");
        request.Headers.Add("Origin", "http://dash.local:8080");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://dash.local:8080", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Equal(JsonValueKind.Array, (await server.GetJsonAsync("/api/bots")).ValueKind);
    }
}
