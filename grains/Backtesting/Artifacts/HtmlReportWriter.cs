using System.Globalization;
using System.Net;
using System.Text;

namespace OrleansTrading.Grains.Backtesting.Artifacts;

/// <summary>
/// <c>report.html</c>: one self-contained page (inline CSS and SVG, no scripts, nothing fetched) with the metrics,
/// equity and drawdown charts, each symbol's price with its trades, monthly returns, the trades and every
/// assumption and hash. Built only from the result, so it is byte-identical across runs of the same inputs.
/// </summary>
public static class HtmlReportWriter
{
    private const int MaxTradeRows = 500;
    private const int MaxMarkersPerSymbol = 1000;

    private const string Style = """
        body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1000px;color:#222}
        h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}
        table{border-collapse:collapse;margin:8px 0}td,th{padding:3px 8px;border:1px solid #ddd;text-align:right}
        td{white-space:nowrap}th{background:#f5f5f5}td.l,th.l{text-align:left}.pos{color:#1a7f37}.neg{color:#c62828}
        svg text.t{font-size:13px;font-weight:600}svg text.a{font-size:11px;fill:#555}svg line.g{stroke:#eee}
        code{font-size:12px}
        """;

    /// <summary>Writes the page; <c>extraSections</c> are titled HTML fragments (walk-forward windows, stability) placed after the metrics.</summary>
    public static void WriteFile(string path, BacktestResult result, RunIdentity identity, IReadOnlyList<SymbolDataSummary> data,
        string title = "Backtest", IReadOnlyList<(string Title, string Html)>? extraSections = null)
    {
        File.WriteAllText(path, Render(result, identity, data, title, extraSections), new UTF8Encoding(false));
    }

    public static string Render(BacktestResult result, RunIdentity identity, IReadOnlyList<SymbolDataSummary> data,
        string title = "Backtest", IReadOnlyList<(string Title, string Html)>? extraSections = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(E($"{title} {identity.RunId} — {result.Config.Name}")).Append("</title><style>").Append(Style).Append("</style></head><body>");
        html.Append("<h1>").Append(E($"{title} {identity.RunId}")).Append("</h1><p>").Append(E(result.Config.Name)).Append(" on ")
            .Append(E(string.Join(", ", data.Select(d => d.Symbol)))).Append(", ")
            .Append(E(data.Count > 0 ? $"{ArtifactText.Timestamp(data.Min(d => d.First))} to {ArtifactText.Timestamp(data.Max(d => d.Last))}" : "no data"))
            .Append("</p>");
        AppendMetrics(html, result);
        foreach (var (sectionTitle, fragment) in extraSections ?? [])
        {
            html.Append("<h2>").Append(E(sectionTitle)).Append("</h2>").Append(fragment);
        }
        AppendEquityAndDrawdown(html, result);
        AppendPrices(html, result);
        AppendMonthlyReturns(html, result);
        AppendTrades(html, result);
        AppendAssumptions(html, result, identity, data);
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void AppendMetrics(StringBuilder html, BacktestResult result)
    {
        var m = result.Metrics;
        html.Append("<h2>Metrics</h2><table>");
        Row(html, "Final equity", ArtifactText.Fixed((double)m.FinalEquity, 2));
        Row(html, "Total return", ArtifactText.Percent(m.TotalReturn));
        Row(html, "CAGR", ArtifactText.Percent(m.Cagr));
        Row(html, "Sharpe", ArtifactText.Fixed(m.Sharpe, 3));
        Row(html, "Sortino", ArtifactText.Fixed(m.Sortino, 3));
        Row(html, "Max drawdown", $"{ArtifactText.Fixed(m.MaxDrawdown, 2)} ({ArtifactText.Percent(m.MaxDrawdownPct)})");
        Row(html, "Calmar", ArtifactText.Fixed(m.Calmar, 3));
        Row(html, "Trades (won / lost)", $"{m.TotalTrades.ToString(CultureInfo.InvariantCulture)} ({m.WinningTrades.ToString(CultureInfo.InvariantCulture)} / {m.LosingTrades.ToString(CultureInfo.InvariantCulture)})");
        Row(html, "Win rate", ArtifactText.Percent(m.WinRate));
        Row(html, "Profit factor", ArtifactText.Fixed(m.ProfitFactor, 3));
        Row(html, "Average win / loss", $"{ArtifactText.Fixed(m.AvgWin, 2)} / {ArtifactText.Fixed(m.AvgLoss, 2)}");
        Row(html, "Best / worst trade", $"{ArtifactText.Fixed(m.BestTrade, 2)} / {ArtifactText.Fixed(m.WorstTrade, 2)}");
        Row(html, "Exposure", ArtifactText.Percent(m.Exposure));
        Row(html, "Turnover", ArtifactText.Fixed(m.Turnover, 3));
        html.Append("</table>");
    }

    private static void AppendEquityAndDrawdown(StringBuilder html, BacktestResult result)
    {
        if (result.Equity.Count == 0)
        {
            return;
        }
        var from = result.Equity[0].Timestamp.UtcTicks;
        var to = result.Equity[^1].Timestamp.UtcTicks;
        var equity = result.Equity.Select(p => (p.Timestamp.UtcTicks, p.Equity)).ToArray();
        var (min, max) = SvgChart.Range(equity.Select(p => p.Equity).Append((double)result.Settings.Capital));
        html.Append("<h2>Equity and drawdown</h2>")
            .Append(new SvgChart("Equity", from, to, min, max).Line(equity, "#1f6feb").ToSvg(v => ArtifactText.Fixed(v, 0)));
        var peak = (double)result.Settings.Capital;
        var drawdown = new (long, double)[equity.Length];
        for (var i = 0; i < equity.Length; i++)
        {
            peak = Math.Max(peak, equity[i].Equity);
            drawdown[i] = (equity[i].UtcTicks, peak > 0 ? equity[i].Equity / peak - 1 : 0);
        }
        var low = Math.Min(-0.0001, drawdown.Min(d => d.Item2));
        html.Append(new SvgChart("Drawdown from peak", from, to, low * 1.05, 0).Line(drawdown, "#c62828", fillTo: 0).ToSvg(v => ArtifactText.Percent(v, 1)));
    }

    private static void AppendPrices(StringBuilder html, BacktestResult result)
    {
        html.Append("<h2>Prices and trades</h2><p>Closes; ▲ entries, ▼ exits (hover for details).</p>");
        foreach (var series in result.Data)
        {
            if (series.Bars.Length == 0)
            {
                continue;
            }
            var closes = series.Bars.Select(b => (b.Timestamp.UtcTicks, b.Close)).ToArray();
            var trades = result.Trades.Where(t => t.Symbol == series.Symbol).ToArray();
            var (min, max) = SvgChart.Range(closes.Select(c => c.Close)
                .Concat(trades.Select(t => (double)t.EntryPrice)).Concat(trades.Select(t => (double)t.ExitPrice)));
            var chart = new SvgChart(series.Symbol, series.Bars[0].Timestamp.UtcTicks, series.Bars[^1].Timestamp.UtcTicks, min, max).Line(closes, "#444");
            foreach (var trade in trades.Take(MaxMarkersPerSymbol))
            {
                chart.Marker(trade.EntryTime.UtcTicks, (double)trade.EntryPrice, up: true, "#1a7f37",
                    $"buy {trade.Quantity} @ {ArtifactText.Money(trade.EntryPrice)} {ArtifactText.Timestamp(trade.EntryTime)}");
                chart.Marker(trade.ExitTime.UtcTicks, (double)trade.ExitPrice, up: false, trade.Pnl >= 0 ? "#1f6feb" : "#c62828",
                    $"sell {trade.Quantity} @ {ArtifactText.Money(trade.ExitPrice)} {ArtifactText.Timestamp(trade.ExitTime)} ({ArtifactText.Snake(trade.ExitReason)}, pnl {ArtifactText.Money(trade.Pnl)})");
            }
            html.Append(chart.ToSvg(v => ArtifactText.Fixed(v, 2)));
            if (trades.Length > MaxMarkersPerSymbol)
            {
                html.Append("<p>").Append(E($"Markers for the first {MaxMarkersPerSymbol} of {trades.Length} trades.")).Append("</p>");
            }
        }
    }

    /// <summary>Month-end equity over the previous month-end's (the first month over the starting capital), by UTC calendar month.</summary>
    private static void AppendMonthlyReturns(StringBuilder html, BacktestResult result)
    {
        var monthEnds = MonthEnds(result.Equity);
        if (monthEnds.Count == 0)
        {
            return;
        }
        var returns = new Dictionary<(int, int), double>();
        var yearly = new SortedDictionary<int, double>();
        var previous = (double)result.Settings.Capital;
        foreach (var (month, equity) in monthEnds)
        {
            returns[month] = equity / previous - 1;
            yearly[month.Year] = (1 + yearly.GetValueOrDefault(month.Year)) * (equity / previous) - 1;
            previous = equity;
        }
        html.Append("<h2>Monthly returns (%)</h2><table><tr><th class=\"l\">year</th>");
        foreach (var name in CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames.Take(12))
        {
            html.Append("<th>").Append(name).Append("</th>");
        }
        html.Append("<th>year</th></tr>");
        foreach (var (year, total) in yearly)
        {
            html.Append("<tr><th class=\"l\">").Append(year.ToString(CultureInfo.InvariantCulture)).Append("</th>");
            for (var month = 1; month <= 12; month++)
            {
                html.Append(returns.TryGetValue((year, month), out var r) ? Signed(r) : "<td></td>");
            }
            html.Append(Signed(total)).Append("</tr>");
        }
        html.Append("</table>");
    }

    /// <summary>
    /// Each UTC calendar month's last equity. The curve is in time order, so a month's end is its last point,
    /// recorded when the month changes (a million-point curve would otherwise cost a million tree updates).
    /// </summary>
    internal static SortedDictionary<(int Year, int Month), double> MonthEnds(IReadOnlyList<EquityPoint> equity)
    {
        var monthEnds = new SortedDictionary<(int Year, int Month), double>();
        (int Year, int Month) current = default;
        var currentEquity = double.NaN;
        foreach (var point in equity)
        {
            var utc = point.Timestamp.UtcDateTime;
            if ((utc.Year, utc.Month) != current)
            {
                if (!double.IsNaN(currentEquity))
                {
                    monthEnds[current] = currentEquity;
                }
                current = (utc.Year, utc.Month);
            }
            currentEquity = point.Equity;
        }
        if (!double.IsNaN(currentEquity))
        {
            monthEnds[current] = currentEquity;
        }
        return monthEnds;
    }

    private static void AppendTrades(StringBuilder html, BacktestResult result)
    {
        html.Append("<h2>Trades</h2>");
        if (result.Trades.Count > MaxTradeRows)
        {
            html.Append("<p>").Append(E($"The first {MaxTradeRows} of {result.Trades.Count} trades; all are in trades.csv.")).Append("</p>");
        }
        html.Append("<table><tr><th class=\"l\">symbol</th><th>entry</th><th>price</th><th>exit</th><th>price</th><th>qty</th><th>commission</th><th>pnl</th><th class=\"l\">exit reason</th></tr>");
        foreach (var t in result.Trades.Take(MaxTradeRows))
        {
            html.Append("<tr><td class=\"l\">").Append(E(t.Symbol)).Append("</td><td>").Append(ArtifactText.Timestamp(t.EntryTime)).Append("</td><td>")
                .Append(ArtifactText.Money(t.EntryPrice)).Append("</td><td>").Append(ArtifactText.Timestamp(t.ExitTime)).Append("</td><td>")
                .Append(ArtifactText.Money(t.ExitPrice)).Append("</td><td>").Append(t.Quantity.ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(ArtifactText.Money(t.Commission)).Append("</td><td class=\"").Append(t.Pnl >= 0 ? "pos" : "neg").Append("\">")
                .Append(ArtifactText.Money(t.Pnl)).Append("</td><td class=\"l\">").Append(ArtifactText.Snake(t.ExitReason)).Append("</td></tr>");
        }
        html.Append("</table>");
    }

    private static void AppendAssumptions(StringBuilder html, BacktestResult result, RunIdentity identity, IReadOnlyList<SymbolDataSummary> data)
    {
        var s = result.Settings;
        html.Append("<h2>Assumptions and provenance</h2><table>");
        Row(html, "Run id", identity.RunId);
        Row(html, "Engine", $"{BacktestEngine.Version} (build {SummaryJsonWriter.EngineBuild})");
        Row(html, "Config hash", identity.ConfigHash);
        Row(html, "Data hash", identity.DataHash);
        Row(html, "Capital", ArtifactText.Money(s.Capital));
        Row(html, "Commission", $"{ArtifactText.Money(s.Commission)} per order + {ArtifactText.Money(s.CommissionPerShare)} per share");
        Row(html, "Slippage", $"{ArtifactText.Money(s.SlippageBps)} bps against the trader on market and stop fills; none on take-profit (limit) fills");
        Row(html, "Fill model", s.Fill == FillModel.NextOpen
            ? "next_open: orders decided at a bar's close fill at the symbol's next open"
            : "close: orders fill at the deciding bar's close (optimistic: trades at the price the decision saw)");
        Row(html, "Sizing", $"floor({ArtifactText.Money(s.Capital)} × {ArtifactText.Money(result.Config.RiskManagement.MaxPositionSize)} % / close); the fill shrinks to what cash pays; long only, no pyramiding");
        Row(html, "Exits", $"stop-loss {ArtifactText.Money(result.Config.RiskManagement.StopLoss)} % and take-profit {ArtifactText.Money(result.Config.RiskManagement.TakeProfit)} % of the fill, checked every bar; an open through a level exits at the open; the stop wins when both are touched; open positions close at the last bar's close");
        Row(html, "Bars", result.Interval.IsIntraday
            ? $"intraday (median spacing {result.Interval.MedianSpacing}); trading window {result.Config.StartHour:00}:{result.Config.StartMinute:00}–{result.Config.EndHour:00}:{result.Config.EndMinute:00} New York and regular hours apply"
            : $"daily or longer (median spacing {result.Interval.MedianSpacing}); trading window and market hours do not apply");
        Row(html, "Annualisation", $"{ArtifactText.Number(result.Interval.PeriodsPerYear)} periods per year; Sharpe and Sortino with a zero risk-free rate");
        Row(html, "Traded span", $"{(s.Start is { } start ? ArtifactText.Timestamp(start) : "first bar")} to {(s.End is { } end ? ArtifactText.Timestamp(end) : "last bar")}");
        Row(html, "Risk rejections", result.RiskRejections.Count == 0 ? "none" : string.Join(", ", result.RiskRejections.Select(r => $"{r.Key}: {r.Value.ToString(CultureInfo.InvariantCulture)}")));
        html.Append("</table><table><tr><th class=\"l\">symbol</th><th class=\"l\">source</th><th>bars</th><th>first</th><th>last</th><th>gaps</th></tr>");
        foreach (var d in data)
        {
            html.Append("<tr><td class=\"l\">").Append(E(d.Symbol)).Append("</td><td class=\"l\">").Append(E(d.Source)).Append("</td><td>")
                .Append(d.Bars.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(ArtifactText.Timestamp(d.First)).Append("</td><td>")
                .Append(ArtifactText.Timestamp(d.Last)).Append("</td><td>").Append(d.Gaps.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
        }
        html.Append("</table><p>Bot configuration (canonical JSON):</p><pre><code>").Append(E(RunIdentity.CanonicalJson(result.Config))).Append("</code></pre>");
    }

    private static void Row(StringBuilder html, string name, string value) =>
        html.Append("<tr><th class=\"l\">").Append(E(name)).Append("</th><td class=\"l\">").Append(E(value)).Append("</td></tr>");

    private static string Signed(double fraction) =>
        $"<td class=\"{(fraction >= 0 ? "pos" : "neg")}\">{(fraction * 100).ToString("F2", CultureInfo.InvariantCulture)}</td>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
