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

    /// <summary>Writes the artifacts of a run of <paramref name="kind"/>, with kind-specific summary properties and report sections.</summary>
    public static async Task<string> WriteAsync(BacktestResult result, RunIdentity identity, string outRoot, string kind,
        Action<System.Text.Json.Utf8JsonWriter>? summaryExtra, IReadOnlyList<(string Title, string Html)>? reportSections,
        CancellationToken cancellationToken = default)
    {
        var directory = Path.Combine(outRoot, identity.RunId);
        Directory.CreateDirectory(directory);
        var data = result.Data.Select(SymbolDataSummary.Of).ToArray();
        // Independent files: written concurrently, each still a pure function of the result.
        await Task.WhenAll(
            Task.Run(() => SummaryJsonWriter.WriteFile(Path.Combine(directory, "summary.json"), result, identity, data, kind, summaryExtra), cancellationToken),
            Task.Run(() => LedgerCsvWriter.WriteTrades(Path.Combine(directory, "trades.csv"), result.Trades), cancellationToken),
            Task.Run(() => LedgerCsvWriter.WriteEquity(Path.Combine(directory, "equity.csv"), result.Equity), cancellationToken),
            Task.Run(() => ParquetLedgerWriter.WriteBarsAsync(Path.Combine(directory, "bars.parquet"), result.Data, cancellationToken), cancellationToken),
            Task.Run(() => ParquetLedgerWriter.WriteOrdersAsync(Path.Combine(directory, "orders.parquet"), result.Orders, cancellationToken), cancellationToken),
            Task.Run(() => ParquetLedgerWriter.WriteFillsAsync(Path.Combine(directory, "fills.parquet"), result.Fills, cancellationToken), cancellationToken),
            Task.Run(() => ParquetLedgerWriter.WriteEquityAsync(Path.Combine(directory, "equity.parquet"), result.Equity, cancellationToken), cancellationToken),
            Task.Run(() => HtmlReportWriter.WriteFile(Path.Combine(directory, "report.html"), result, identity, data,
                kind == "backtest" ? "Backtest" : "Walk-forward (out-of-sample)", reportSections), cancellationToken));
        return directory;
    }
}
