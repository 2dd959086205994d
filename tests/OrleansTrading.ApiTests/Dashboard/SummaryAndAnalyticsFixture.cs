using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Ledger;
using OrleansTrading.TestSupport.Bots;
using OrleansTrading.TestSupport.Ledger;

namespace OrleansTrading.ApiTests.Dashboard;

/// <summary>
/// <see cref="DashboardSamples"/> plus one bot-a buy made now (today's only trade) and three registered bots of 25,000
/// capital each: one running, one paused, one stopped. Their trading windows are closed, so none of them trades.
/// </summary>
public sealed class SummaryAndAnalyticsFixture : IAsyncLifetime
{
    private ApiServer? _server;

    public ApiServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public string RunningBotId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        var ledger = _server.Services.GetRequiredService<ITradeLedger>();
        await DashboardSamples.SeedAsync(ledger);
        await ledger.RecordTradeAsync(DashboardSamples.Trades[0] with { Id = "t-today", Timestamp = DateTimeOffset.UtcNow }, CancellationToken.None);

        RunningBotId = await CreateAsync("running");
        var paused = await CreateAsync("paused");
        await CreateAsync("stopped");
        await CommandAsync(RunningBotId, "start");
        await CommandAsync(paused, "start");
        await CommandAsync(paused, "pause");
        // A buy of a registered bot, so its name shows up next to its id.
        await ledger.RecordTradeAsync(DashboardSamples.Trades[0] with { Id = "t-named", BotId = RunningBotId }, CancellationToken.None);
    }

    private async Task<string> CreateAsync(string name)
    {
        using var response = await Server.Client.PostAsJsonAsync("/api/bots", BotForms.Idle(name, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task CommandAsync(string id, string command)
    {
        using var response = await Server.Client.PostAsync($"/api/bots/{id}/{command}", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
