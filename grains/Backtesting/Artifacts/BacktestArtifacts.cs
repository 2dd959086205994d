namespace OrleansTrading.Grains.Backtesting.Artifacts;

/// <summary>
/// Writes a run's artifacts into <c>&lt;out&gt;/&lt;run id&gt;/</c>. Every file is a pure function of the result, so
/// re-running the same inputs rewrites the directory with identical bytes.
/// </summary>
public static class BacktestArtifacts
{
    public static readonly IReadOnlyList<string> FileNames =
        ["summary.json", "trades.csv", "equity.csv", "bars.parquet", "orders.parquet", "fills.parquet", "equity.parquet", "report.html"];

    public static Task<string> WriteAsync(BacktestResult result, RunIdentity identity, string outRoot, CancellationToken cancellationToken = default) =>
        WriteAsync(result, identity, outRoot, "backtest", null, null, cancellationToken);

    /// <summary>
    /// Runs a backtest (<paramref name="run"/>, on the calling thread) and writes its artifacts, starting the one that
    /// depends on the inputs alone — <c>bars.parquet</c>, the largest — before the run, so it is written meanwhile.
    /// </summary>
    public static async Task<(BacktestResult Result, string Directory)> RunAndWriteAsync(
        IReadOnlyList<SymbolBars> data, RunIdentity identity, string outRoot, Func<BacktestResult> run, CancellationToken cancellationToken = default)
    {
        var directory = CreateDirectory(outRoot, identity);
        var bars = Task.Run(() => WriteBarsAsync(directory, data, cancellationToken), cancellationToken);
        BacktestResult result;
        try
        {
            result = run();
        }
        catch
        {
            // The run's error is the one to report; the bars file is left to finish or fail on its own.
            _ = bars.ContinueWith(t => t.Exception, TaskScheduler.Default);
            throw;
        }
        await Task.WhenAll(bars, WriteResultArtifactsAsync(directory, result, identity, "backtest", null, null, cancellationToken));
        return (result, directory);
    }

    /// <summary>Writes the artifacts of a run of <paramref name="kind"/>, with kind-specific summary properties and report sections.</summary>
    public static async Task<string> WriteAsync(BacktestResult result, RunIdentity identity, string outRoot, string kind,
        Action<System.Text.Json.Utf8JsonWriter>? summaryExtra, IReadOnlyList<(string Title, string Html)>? reportSections,
        CancellationToken cancellationToken = default)
    {
        var directory = CreateDirectory(outRoot, identity);
        await Task.WhenAll(
            Task.Run(() => WriteBarsAsync(directory, result.Data, cancellationToken), cancellationToken),
            WriteResultArtifactsAsync(directory, result, identity, kind, summaryExtra, reportSections, cancellationToken));
        return directory;
    }

    private static string CreateDirectory(string outRoot, RunIdentity identity)
    {
        var directory = Path.Combine(outRoot, identity.RunId);
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static Task WriteBarsAsync(string directory, IReadOnlyList<SymbolBars> data, CancellationToken cancellationToken) =>
        ParquetLedgerWriter.WriteBarsAsync(Path.Combine(directory, "bars.parquet"), data, cancellationToken);

    /// <summary>Every artifact but the bars; independent files, written concurrently, each a pure function of the result.</summary>
    private static Task WriteResultArtifactsAsync(string directory, BacktestResult result, RunIdentity identity, string kind,
        Action<System.Text.Json.Utf8JsonWriter>? summaryExtra, IReadOnlyList<(string Title, string Html)>? reportSections,
        CancellationToken cancellationToken)
    {
        var data = result.Data.Select(SymbolDataSummary.Of).ToArray();
        return Task.WhenAll(
            Task.Run(() => SummaryJsonWriter.WriteFile(Path.Combine(directory, "summary.json"), result, identity, data, kind, summaryExtra), cancellationToken),
            Task.Run(() => LedgerCsvWriter.WriteTrades(Path.Combine(directory, "trades.csv"), result.Trades), cancellationToken),
            Task.Run(() => LedgerCsvWriter.WriteEquity(Path.Combine(directory, "equity.csv"), result.Equity), cancellationToken),
            Task.Run(() => ParquetLedgerWriter.WriteOrdersAsync(Path.Combine(directory, "orders.parquet"), result.Orders, cancellationToken), cancellationToken),
            Task.Run(() => ParquetLedgerWriter.WriteFillsAsync(Path.Combine(directory, "fills.parquet"), result.Fills, cancellationToken), cancellationToken),
            Task.Run(() => ParquetLedgerWriter.WriteEquityAsync(Path.Combine(directory, "equity.parquet"), result.Equity, cancellationToken), cancellationToken),
            Task.Run(() => HtmlReportWriter.WriteFile(Path.Combine(directory, "report.html"), result, identity, data,
                kind == "backtest" ? "Backtest" : "Walk-forward (out-of-sample)", reportSections), cancellationToken));
    }
}
