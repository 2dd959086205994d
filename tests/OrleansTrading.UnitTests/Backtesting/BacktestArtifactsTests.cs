using System.Security.Cryptography;
using System.Text.Json;
using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Backtesting.Artifacts;

namespace OrleansTrading.UnitTests.Backtesting;

public sealed class BacktestArtifactsTests : IDisposable
{
    private static readonly BacktestSettings Costs = new() { Capital = 10_000m, Commission = 1m, CommissionPerShare = 0.01m, SlippageBps = 10m };
    private readonly string _directory = Directory.CreateTempSubdirectory("bt-artifacts").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static SymbolBars[] Data() =>
        [new SymbolBars("AAA", "a.csv", DailyBars.RandomWalk(400, seed: 21)), new SymbolBars("BBB", "b.csv", DailyBars.RandomWalk(400, seed: 22))];

    private async Task<string> WriteAsync(string folder, BacktestSettings? settings = null)
    {
        var config = BacktestConfigs.RsiMacdSma("AAA", "BBB");
        var data = Data();
        var result = BacktestEngine.Run(config, data, settings ?? Costs);
        return await BacktestArtifacts.WriteAsync(result, RunIdentity.Compute(config, data, settings ?? Costs), Path.Combine(_directory, folder));
    }

    [Fact]
    public async Task Same_inputs_write_byte_identical_artifacts_in_the_same_run_directory()
    {
        var first = await WriteAsync("one");
        var second = await WriteAsync("two");

        Assert.Equal(Path.GetFileName(first), Path.GetFileName(second));
        foreach (var name in BacktestArtifacts.FileNames)
        {
            var a = await File.ReadAllBytesAsync(Path.Combine(first, name));
            var b = await File.ReadAllBytesAsync(Path.Combine(second, name));
            Assert.True(a.Length > 0, name);
            Assert.True(SHA256.HashData(a).AsSpan().SequenceEqual(SHA256.HashData(b)), $"{name} differs between runs");
        }
    }

    [Fact]
    public async Task Different_settings_get_a_different_run_id()
    {
        var first = await WriteAsync("one");
        var second = await WriteAsync("two", Costs with { SlippageBps = 11m });

        Assert.NotEqual(Path.GetFileName(first), Path.GetFileName(second));
    }

    [Fact]
    public async Task Summary_has_the_identity_settings_and_exactly_the_metric_keys()
    {
        var directory = await WriteAsync("run");

        using var summary = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(directory, "summary.json")));
        var root = summary.RootElement;
        Assert.Equal(Path.GetFileName(directory), root.GetProperty("run_id").GetString());
        Assert.StartsWith("sha256:", root.GetProperty("config_hash").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("sha256:", root.GetProperty("data_hash").GetString(), StringComparison.Ordinal);
        Assert.Equal("1.0.0", root.GetProperty("engine_version").GetString());
        Assert.Equal(10, root.GetProperty("settings").GetProperty("slippage_bps").GetDecimal());
        Assert.Equal("next_open", root.GetProperty("settings").GetProperty("fill").GetString());
        Assert.Equal(0, root.GetProperty("data")[0].GetProperty("gaps").GetInt32());
        Assert.Equal(
            ["total_return", "cagr", "sharpe", "sortino", "max_drawdown", "max_drawdown_pct", "calmar", "win_rate", "profit_factor", "avg_win",
             "avg_loss", "best_trade", "worst_trade", "exposure", "turnover", "total_trades", "winning_trades", "losing_trades", "final_equity"],
            root.GetProperty("metrics").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Trades_and_equity_csv_have_the_contract_columns_and_agree_with_the_summary()
    {
        var directory = await WriteAsync("run");

        var trades = await File.ReadAllLinesAsync(Path.Combine(directory, "trades.csv"));
        Assert.Equal("symbol,entry_time,entry_price,exit_time,exit_price,quantity,commission,pnl,exit_reason", trades[0]);
        var equity = await File.ReadAllLinesAsync(Path.Combine(directory, "equity.csv"));
        Assert.Equal("date,equity", equity[0]);
        Assert.Equal(401, equity.Length);
        using var summary = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(directory, "summary.json")));
        var metrics = summary.RootElement.GetProperty("metrics");
        Assert.Equal(trades.Length - 1, metrics.GetProperty("total_trades").GetInt32());
        var pnl = trades.Skip(1).Sum(l => decimal.Parse(l.Split(',')[7], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(10_000m + pnl, metrics.GetProperty("final_equity").GetDecimal());
    }

    [Fact]
    public async Task The_report_is_one_self_contained_file_with_charts_tables_and_assumptions()
    {
        var directory = await WriteAsync("run");

        var html = await File.ReadAllTextAsync(Path.Combine(directory, "report.html"));
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.True(html.Split("<svg").Length - 1 >= 4, "equity, drawdown and one price chart per symbol");
        Assert.Contains("Monthly returns", html, StringComparison.Ordinal);
        Assert.Contains("<polygon", html, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(directory), html, StringComparison.Ordinal);
        Assert.Contains("Data hash", html, StringComparison.Ordinal);
        Assert.Contains("next_open", html, StringComparison.Ordinal);
    }
}
