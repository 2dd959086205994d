using System.Text.Json.Nodes;
using OrleansTrading.TestSupport.Bots;

namespace OrleansTrading.UnitTests.Cli;

public sealed class BacktestCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("backtest-cli").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Path(string name) => System.IO.Path.Combine(_directory, name);

    private string WriteConfig(JsonObject form, string name = "bot.json")
    {
        File.WriteAllText(Path(name), form.ToJsonString());
        return Path(name);
    }

    private static JsonObject Form(params string[] symbols)
    {
        var form = BotForms.Valid();
        form["symbols"] = new JsonArray(symbols.Select(s => (JsonNode)s).ToArray());
        return form;
    }

    private string Generate(string symbol, int bars, int seed)
    {
        var file = Path($"{symbol}.csv");
        Assert.Equal(0, CliRun.Invoke("generate-bars", "--symbol", symbol, "--bars", bars.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", file).ExitCode);
        return file;
    }

    [Fact]
    public void Runs_prints_metrics_and_writes_the_run_directory()
    {
        var config = WriteConfig(Form("AAPL", "MSFT"));
        var aapl = Generate("AAPL", 600, 1);
        var msft = Generate("MSFT", 600, 2);

        var run = CliRun.Invoke("backtest", "--config", config, "--data", $"AAPL={aapl}", "--data", $"MSFT={msft}",
            "--commission", "1", "--slippage-bps", "5", "--out", Path("runs"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("final_equity", run.Output, StringComparison.Ordinal);
        Assert.Contains("sharpe", run.Output, StringComparison.Ordinal);
        var directory = run.Output.Split('\n').Single(l => l.StartsWith("directory", StringComparison.Ordinal))["directory".Length..].Trim();
        Assert.All(new[] { "summary.json", "trades.csv", "equity.csv", "report.html", "bars.parquet" }, f => Assert.True(File.Exists(System.IO.Path.Combine(directory, f)), f));
        var again = CliRun.Invoke("backtest", "--config", config, "--data", $"MSFT={msft}", "--data", $"AAPL={aapl}",
            "--commission", "1", "--slippage-bps", "5", "--out", Path("runs"));
        Assert.Equal(run.Output, again.Output);
    }

    [Fact]
    public void An_invalid_config_gets_the_apis_field_errors_and_exit_code_2()
    {
        var form = Form("AAPL");
        form["risk_management"]!["stop_loss"] = 0;
        form["capital"] = -5;
        var config = WriteConfig(form);

        var run = CliRun.Invoke("backtest", "--config", config, "--data", $"AAPL={Generate("AAPL", 50, 1)}", "--out", Path("runs"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bot.json: invalid bot configuration", run.Error, StringComparison.Ordinal);
        Assert.Contains("risk_management.stop_loss:", run.Error, StringComparison.Ordinal);
        Assert.Contains("capital:", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path("runs")));
    }

    [Fact]
    public void Malformed_json_names_the_path()
    {
        File.WriteAllText(Path("bad.json"), """{"name": "x", "capital": "lots"}""");

        var run = CliRun.Invoke("backtest", "--config", Path("bad.json"), "--data", "AAPL=x.csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.json: malformed JSON near $.capital", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_bar_names_the_file_and_line()
    {
        var config = WriteConfig(Form("AAPL"));
        File.WriteAllText(Path("aapl.csv"), "date,open,high,low,close,volume\n2024-01-02,10,11,9,10,100\n2024-01-03,10,9.5,9,10,100\n");

        var run = CliRun.Invoke("backtest", "--config", config, "--data", $"AAPL={Path("aapl.csv")}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("aapl.csv line 3: high 9.5 is below max(open, close) = 10", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_config_symbol_needs_data_and_data_needs_a_config_symbol()
    {
        var config = WriteConfig(Form("AAPL", "MSFT"));
        var aapl = Generate("AAPL", 50, 1);

        var missing = CliRun.Invoke("backtest", "--config", config, "--data", $"AAPL={aapl}");
        var extra = CliRun.Invoke("backtest", "--config", config, "--data", $"AAPL={aapl}", "--data", $"MSFT={aapl}", "--data", $"SPY={aapl}");
        var malformed = CliRun.Invoke("backtest", "--config", config, "--data", aapl);

        Assert.Equal((2, 2, 2), (missing.ExitCode, extra.ExitCode, malformed.ExitCode));
        Assert.Contains("No data for MSFT", missing.Error, StringComparison.Ordinal);
        Assert.Contains("SPY is not among the config's symbols", extra.Error, StringComparison.Ordinal);
        Assert.Contains("must be SYMBOL=path", malformed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_bars_is_deterministic_and_readable_back()
    {
        var first = CliRun.Invoke("generate-bars", "--symbol", "SPY", "--bars", "500", "--interval", "1m", "--seed", "9", "--start", "2024-03-08");
        var second = CliRun.Invoke("generate-bars", "--symbol", "SPY", "--bars", "500", "--interval", "1m", "--seed", "9", "--start", "2024-03-08");
        var other = CliRun.Invoke("generate-bars", "--symbol", "SPY", "--bars", "500", "--interval", "1m", "--seed", "10", "--start", "2024-03-08");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.NotEqual(first.Output, other.Output);
        var bars = Grains.MarketData.BarCsvReader.ReadValidated(new StringReader(first.Output), "generated");
        Assert.Equal(500, bars.Length);
        Assert.StartsWith("date,open,high,low,close,volume\n2024-03-08T14:30:00Z,", first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_bars_refuses_bad_arguments()
    {
        Assert.Equal(2, CliRun.Invoke("generate-bars", "--symbol", "spy!", "--bars", "5").ExitCode);
        Assert.Equal(2, CliRun.Invoke("generate-bars", "--symbol", "SPY", "--bars", "0").ExitCode);
        Assert.Equal(2, CliRun.Invoke("generate-bars", "--symbol", "SPY", "--bars", "5", "--start", "03/08/2024").ExitCode);
    }

    [Fact]
    public void Walk_forward_writes_windows_and_stability_and_is_reproducible()
    {
        var config = WriteConfig(Form("AAPL"));
        var aapl = Generate("AAPL", 700, 3);
        string[] args = ["walk-forward", "--config", config, "--data", $"AAPL={aapl}", "--grid", "RSI.period=7,14", "--grid", "risk_management.take_profit=3,6",
            "--in-sample", "300", "--out-of-sample", "200", "--window", "anchored", "--objective", "total_return", "--out", Path("runs")];

        var run = CliRun.Invoke(args);
        var again = CliRun.Invoke(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(run.Output, again.Output);
        Assert.Contains("windows            2", run.Output, StringComparison.Ordinal);
        Assert.Contains("parameter sets     4 (0 invalid)", run.Output, StringComparison.Ordinal);
        var directory = run.Output.Split('\n').Single(l => l.StartsWith("directory", StringComparison.Ordinal))["directory".Length..].Trim();
        using var summary = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(System.IO.Path.Combine(directory, "summary.json")));
        Assert.Equal("walk-forward", summary.RootElement.GetProperty("kind").GetString());
        var walkForward = summary.RootElement.GetProperty("walk_forward");
        Assert.Equal(2, walkForward.GetProperty("windows").GetArrayLength());
        Assert.Equal("anchored", walkForward.GetProperty("window").GetString());
        Assert.Contains("Parameter stability", File.ReadAllText(System.IO.Path.Combine(directory, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Walk_forward_refuses_a_bad_grid()
    {
        var config = WriteConfig(Form("AAPL"));

        var run = CliRun.Invoke("walk-forward", "--config", config, "--data", $"AAPL={Generate("AAPL", 100, 3)}", "--grid", "RSI.speed=1",
            "--in-sample", "50", "--out-of-sample", "20", "--out", Path("runs"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("RSI has no parameter 'speed'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Corporate_actions_adjust_the_bars_before_the_run()
    {
        var config = WriteConfig(Form("AAPL"));
        var aapl = Generate("AAPL", 300, 4);
        File.WriteAllText(Path("actions.csv"), "date,split_ratio,cash_dividend\n2020-06-01,2,0\n");

        var plain = CliRun.Invoke("backtest", "--config", config, "--data", $"AAPL={aapl}", "--out", Path("runs"));
        var adjusted = CliRun.Invoke("backtest", "--config", config, "--data", $"AAPL={aapl}", "--actions", Path("actions.csv"), "--out", Path("runs"));

        Assert.Equal((0, 0), (plain.ExitCode, adjusted.ExitCode));
        string Directory(CliRun run) => run.Output.Split('\n').Single(l => l.StartsWith("directory", StringComparison.Ordinal))["directory".Length..].Trim();
        Assert.NotEqual(Directory(plain), Directory(adjusted));
        using var summary = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(System.IO.Path.Combine(Directory(adjusted), "summary.json")));
        Assert.Equal("AAPL.csv (adjusted)", summary.RootElement.GetProperty("data")[0].GetProperty("source").GetString());
    }
}
