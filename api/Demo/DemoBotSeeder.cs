using Microsoft.Extensions.Options;
using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.Api.Demo;

/// <summary>
/// On an Embedded-mode start with no bots, creates and starts the demo bot. Registered after the co-hosted silo, so
/// the silo is up when this runs.
/// </summary>
public sealed partial class DemoBotSeeder(IClusterClient client, IOptions<DemoSettings> settings, ILogger<DemoBotSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!settings.Value.SeedDemoBot)
        {
            return;
        }
        var registry = client.GetGrain<IBotRegistryGrain>(IBotRegistryGrain.Key);
        if ((await registry.ListBotIdsAsync()).Count > 0)
        {
            return;
        }
        var created = await registry.CreateBotAsync(DemoBot.Config);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"The demo bot could not be created: {created.Message}");
        }
        await client.GetGrain<IBotGrain>(created.Bot!.Id).StartAsync();
        LogSeeded(logger, created.Bot.Id, DemoBot.Config.Symbols);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Demo bot {BotId} created and started on {Symbols}")]
    private static partial void LogSeeded(ILogger logger, string botId, IReadOnlyList<string> symbols);
}
