using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using OrleansTrading.Api.Hosting;
using OrleansTrading.GrainInterfaces.Json;
using OrleansTrading.TestSupport.Network;
using Xunit;

namespace OrleansTrading.TestSupport.Api;

/// <summary>
/// The real api host (Kestrel on a free loopback port, co-hosted Embedded silo on free ports), started exactly as
/// <c>dotnet run --project api</c> starts it, with only ports and demo seeding overridden.
/// </summary>
public sealed class ApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiServer(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    /// <summary>The host's services: tests seed the ledger through the api's own <c>ITradeLedger</c>, reach grains through its client and drive hosted components (e.g. the realtime hub).</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<ApiServer> StartAsync(bool seedDemoBot = false, params string[] extraArgs)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            $"--Orleans:SiloPort={FreePorts.Next()}",
            $"--Orleans:GatewayPort={FreePorts.Next()}",
            $"--Demo:SeedDemoBot={seedDemoBot}",
            "--Logging:LogLevel:Default=Warning",
            .. extraArgs,
        ];
        var app = TradingApi.Build(args);
        await app.StartAsync();
        var client = new HttpClient { BaseAddress = app.ListeningAddress(), Timeout = TimeSpan.FromSeconds(30) };
        return new ApiServer(app, client);
    }

    public static JsonSerializerOptions Json => TradingJson.Options;

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await Client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} -> {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
