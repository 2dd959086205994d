using System.Text.Json.Nodes;

namespace OrleansTrading.TestSupport.Bots;

/// <summary>Bot create/update bodies as the dashboard sends them (seed 002 <c>BotFormData</c>), for tests to mutate.</summary>
public static class BotForms
{
    /// <summary>A complete, valid body; every call returns a new tree.</summary>
    public static JsonObject Valid(string name = "Momentum bot") => new()
    {
        ["name"] = name,
        ["capital"] = 25000,
        ["trading_frequency"] = 60,
        ["symbols"] = new JsonArray("AAPL", "MSFT"),
        ["start_hour"] = 9,
        ["start_minute"] = 30,
        ["end_hour"] = 16,
        ["end_minute"] = 0,
        ["indicators"] = new JsonObject
        {
            ["RSI"] = new JsonObject { ["period"] = 14, ["oversold"] = 30, ["overbought"] = 70 },
            ["MACD"] = new JsonObject { ["fast"] = 12, ["slow"] = 26, ["signal"] = 9 },
            ["SMA"] = new JsonObject { ["period"] = 50 },
            ["EMA"] = new JsonObject { ["period"] = 20 },
            ["Bollinger Bands"] = new JsonObject { ["period"] = 20, ["stdDev"] = 2 },
            ["Stochastic"] = new JsonObject { ["kPeriod"] = 14, ["dPeriod"] = 3 },
            ["OBV"] = new JsonObject(),
        },
        ["risk_management"] = new JsonObject
        {
            ["stop_loss"] = 2.5,
            ["take_profit"] = 5,
            ["max_position_size"] = 10,
            ["max_daily_loss"] = 3,
            ["max_concurrent_positions"] = 4,
        },
    };

    /// <summary>A valid body with one change applied, e.g. <c>With(f => f["capital"] = 0)</c>.</summary>
    public static JsonObject With(Action<JsonObject> change)
    {
        var form = Valid();
        change(form);
        return form;
    }

    /// <summary>
    /// A valid body whose 30-minute trading window opens two hours after <paramref name="now"/> (New York time), so a
    /// started bot runs but places no order while a test looks at it.
    /// </summary>
    public static JsonObject Idle(string name, DateTimeOffset now)
    {
        var hour = (TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")).Hour + 2) % 24;
        return With(f =>
        {
            f["name"] = name;
            f["start_hour"] = hour;
            f["start_minute"] = 0;
            f["end_hour"] = hour;
            f["end_minute"] = 30;
        });
    }
}
