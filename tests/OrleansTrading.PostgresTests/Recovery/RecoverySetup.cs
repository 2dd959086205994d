using System.Text.Json;
using System.Text.Json.Nodes;
using Orleans.Configuration;
using OrleansTrading.GrainInterfaces.Bots;
using OrleansTrading.Grains.Bots.Validation;
using OrleansTrading.TestSupport.Bots;

namespace OrleansTrading.PostgresTests.Recovery;

/// <summary>What the recovery tests run on: Cluster-mode silos with fast bars and failure detection, and a bot that trades within seconds.</summary>
internal static class RecoverySetup
{
    /// <summary>The keep-trading reminder period of the test silos (production: one minute).</summary>
    public static readonly TimeSpan KeepTradingPeriod = TimeSpan.FromSeconds(5);

    /// <summary>One simulated bar per second, a market open at any hour, and the shorter keep-trading reminder.</summary>
    public static readonly KeyValuePair<string, string?>[] Settings =
    [
        new("MarketData:BarPeriod", "00:00:01"),
        new("Market:AlwaysOpen", "true"),
        new("Bots:KeepTradingPeriod", KeepTradingPeriod.ToString("c", System.Globalization.CultureInfo.InvariantCulture)),
    ];

    /// <summary>
    /// Lets the bot's reminder tick every few seconds, and detects a dead silo in seconds rather than a minute: a silo
    /// that missed two 1-second liveness writes is stale, and two missed 1-second probes make a suspect.
    /// </summary>
    public static void FastRecovery(ISiloBuilder silo)
    {
        silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 2;
            o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedTableIAmAliveLimit = 2;
            o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
        });
    }

    /// <summary>Two symbols, a fast MACD, one-second cycles, a window covering the whole day (America/New_York).</summary>
    public static BotConfig AggressiveBot(string name, string firstSymbol = "RCV1", string secondSymbol = "RCV2")
    {
        var form = BotForms.Valid(name);
        form["trading_frequency"] = 1;
        form["symbols"] = new JsonArray(firstSymbol, secondSymbol);
        form["start_hour"] = 0;
        form["start_minute"] = 0;
        form["end_hour"] = 23;
        form["end_minute"] = 59;
        form["indicators"] = new JsonObject { ["MACD"] = new JsonObject { ["fast"] = 3, ["slow"] = 6, ["signal"] = 2 } };
        form["risk_management"] = new JsonObject
        {
            ["stop_loss"] = 5,
            ["take_profit"] = 5,
            ["max_position_size"] = 10,
            ["max_daily_loss"] = 50,
            ["max_concurrent_positions"] = 4,
        };
        var config = BotFormConverter.TryConvert(form.Deserialize<BotFormData>()!, out var errors);
        return config ?? throw new InvalidOperationException("Invalid bot form: " + JsonSerializer.Serialize(errors));
    }
}
