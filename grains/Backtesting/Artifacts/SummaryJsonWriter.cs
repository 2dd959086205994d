using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using OrleansTrading.GrainInterfaces.Json;
using OrleansTrading.Grains.Backtesting.Metrics;

namespace OrleansTrading.Grains.Backtesting.Artifacts;

/// <summary>
/// <c>summary.json</c>: identity (run id, hashes, engine version), every setting and assumption, the data and its
/// gaps, the metrics (exactly the 19 keys of issue 4 §3; NaN ratios are null) and risk rejection counts.
/// </summary>
public static class SummaryJsonWriter
{
    /// <summary>The assembly's informational version (with the commit when built from git) — which build produced the run.</summary>
    public static string EngineBuild { get; } =
        typeof(BacktestEngine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static void Write(Utf8JsonWriter json, BacktestResult result, RunIdentity identity, IReadOnlyList<SymbolDataSummary> data, string kind = "backtest")
    {
        json.WriteString("run_id", identity.RunId);
        json.WriteString("kind", kind);
        json.WriteString("engine_version", BacktestEngine.Version);
        json.WriteString("engine_build", EngineBuild);
        json.WriteString("config_hash", identity.ConfigHash);
        json.WriteString("data_hash", identity.DataHash);
        WriteSettings(json, result.Settings, result.Interval);
        WriteData(json, data);
        json.WritePropertyName("config");
        JsonSerializer.Serialize(json, result.Config, TradingJson.Options);
        json.WritePropertyName("metrics");
        WriteMetrics(json, result.Metrics);
        json.WriteStartObject("risk_rejections");
        foreach (var (code, count) in result.RiskRejections)
        {
            json.WriteNumber(code, count);
        }
        json.WriteEndObject();
        json.WriteStartObject("counts");
        json.WriteNumber("equity_points", result.Equity.Count);
        json.WriteNumber("orders", result.Orders.Count);
        json.WriteNumber("rejected_orders", result.Orders.Count(o => o.Status == BacktestOrderStatus.Rejected));
        json.WriteNumber("fills", result.Fills.Count);
        json.WriteNumber("bars_in_market", result.BarsInMarket);
        json.WriteEndObject();
    }

    /// <summary>Writes the file; <paramref name="extra"/> appends kind-specific properties (walk-forward windows).</summary>
    public static void WriteFile(string path, BacktestResult result, RunIdentity identity, IReadOnlyList<SymbolDataSummary> data,
        string kind = "backtest", Action<Utf8JsonWriter>? extra = null)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        Write(json, result, identity, data, kind);
        extra?.Invoke(json);
        json.WriteEndObject();
    }

    public static void WriteSettings(Utf8JsonWriter json, BacktestSettings settings, BarInterval interval)
    {
        json.WriteStartObject("settings");
        json.WriteNumber("capital", ArtifactText.Normalize(settings.Capital));
        json.WriteNumber("commission", ArtifactText.Normalize(settings.Commission));
        json.WriteNumber("commission_per_share", ArtifactText.Normalize(settings.CommissionPerShare));
        json.WriteNumber("slippage_bps", ArtifactText.Normalize(settings.SlippageBps));
        json.WriteString("fill", ArtifactText.Snake(settings.Fill));
        WriteTimestampOrNull(json, "start", settings.Start);
        WriteTimestampOrNull(json, "end", settings.End);
        json.WriteString("sizing", "floor(capital * max_position_size% / close of the signal bar); fills shrink to what cash pays");
        json.WriteString("fill_prices", settings.Fill == FillModel.NextOpen
            ? "market orders fill at the next bar's open, buys * (1 + slippage_bps/1e4), sells * (1 - slippage_bps/1e4)"
            : "market orders fill at the signal bar's close (optimistic), buys * (1 + slippage_bps/1e4), sells * (1 - slippage_bps/1e4)");
        json.WriteString("exits", "stop = fill * (1 - stop_loss%), target = fill * (1 + take_profit%); open through a level exits at the open; stop wins when both are touched; stops pay slippage, targets do not");
        json.WriteNumber("bar_spacing_seconds", (long)interval.MedianSpacing.TotalSeconds);
        json.WriteBoolean("intraday", interval.IsIntraday);
        json.WriteNumber("periods_per_year", interval.PeriodsPerYear);
        json.WriteEndObject();
    }

    public static void WriteData(Utf8JsonWriter json, IReadOnlyList<SymbolDataSummary> data)
    {
        json.WriteStartArray("data");
        foreach (var symbol in data)
        {
            json.WriteStartObject();
            json.WriteString("symbol", symbol.Symbol);
            json.WriteString("source", symbol.Source);
            json.WriteNumber("bars", symbol.Bars);
            json.WriteString("first", ArtifactText.Timestamp(symbol.First));
            json.WriteString("last", ArtifactText.Timestamp(symbol.Last));
            json.WriteNumber("gaps", symbol.Gaps);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    public static void WriteMetrics(Utf8JsonWriter json, PerformanceMetrics metrics)
    {
        json.WriteStartObject();
        foreach (var (key, value) in metrics.Ratios())
        {
            if (double.IsFinite(value))
            {
                json.WriteNumber(key, value);
            }
            else
            {
                json.WriteNull(key);
            }
        }
        json.WriteNumber("total_trades", metrics.TotalTrades);
        json.WriteNumber("winning_trades", metrics.WinningTrades);
        json.WriteNumber("losing_trades", metrics.LosingTrades);
        json.WriteNumber("final_equity", ArtifactText.Normalize(metrics.FinalEquity));
        json.WriteEndObject();
    }

    private static void WriteTimestampOrNull(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } timestamp)
        {
            json.WriteString(name, ArtifactText.Timestamp(timestamp));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
