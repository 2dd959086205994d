using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using OrleansTrading.Grains.Backtesting.Artifacts;

namespace OrleansTrading.Grains.Backtesting.WalkForward;

/// <summary>
/// A walk-forward run's artifacts: the backtest artifacts of the aggregated out-of-sample record, plus a
/// <c>walk_forward</c> object in <c>summary.json</c> (settings, windows, stability) and matching report sections.
/// </summary>
public static class WalkForwardArtifacts
{
    public const string Kind = "walk-forward";

    /// <summary>The walk-forward settings as identity text (part of the run id).</summary>
    public static string IdentityText(WalkForwardSettings s) => string.Join('\n',
        $"in_sample={s.InSample.ToString(CultureInfo.InvariantCulture)}",
        $"out_of_sample={s.OutOfSample.ToString(CultureInfo.InvariantCulture)}",
        $"step={s.EffectiveStep.ToString(CultureInfo.InvariantCulture)}",
        $"unit={Snake(s.Unit)}",
        $"window={Snake(s.Window)}",
        $"objective={s.Objective}",
        $"min_trades={s.MinTrades.ToString(CultureInfo.InvariantCulture)}",
        $"grid={string.Join(';', s.Grid.Select(a => a.Path + "=" + string.Join(',', a.Values.Select(ArtifactText.Money))))}");

    public static Task<string> WriteAsync(WalkForwardResult result, RunIdentity identity, string outRoot, CancellationToken cancellationToken = default) =>
        BacktestArtifacts.WriteAsync(result.Aggregate, identity, outRoot, Kind, json => WriteJson(json, result), Sections(result), cancellationToken);

    private static void WriteJson(Utf8JsonWriter json, WalkForwardResult result)
    {
        var s = result.Settings;
        json.WriteStartObject("walk_forward");
        json.WriteNumber("in_sample", s.InSample);
        json.WriteNumber("out_of_sample", s.OutOfSample);
        json.WriteNumber("step", s.EffectiveStep);
        json.WriteString("unit", Snake(s.Unit));
        json.WriteString("window", Snake(s.Window));
        json.WriteString("objective", s.Objective);
        json.WriteNumber("min_trades", s.MinTrades);
        json.WriteNumber("parameter_sets", result.ParameterSets);
        json.WriteNumber("invalid_parameter_sets", result.InvalidParameterSets);
        json.WriteStartObject("grid");
        foreach (var axis in s.Grid)
        {
            json.WriteStartArray(axis.Path);
            foreach (var value in axis.Values)
            {
                json.WriteNumberValue(ArtifactText.Normalize(value));
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteStartArray("windows");
        foreach (var w in result.Windows)
        {
            json.WriteStartObject();
            json.WriteNumber("index", w.Window.Index);
            json.WriteString("in_sample_start", ArtifactText.Timestamp(w.Window.InSampleStart));
            json.WriteString("in_sample_end", ArtifactText.Timestamp(w.Window.InSampleEnd));
            json.WriteString("out_of_sample_start", ArtifactText.Timestamp(w.Window.OutOfSampleStart));
            json.WriteString("out_of_sample_end", ArtifactText.Timestamp(w.Window.OutOfSampleEnd));
            json.WriteNumber("eligible_sets", w.EligibleSets);
            if (w.Parameters is { } parameters)
            {
                json.WriteStartObject("parameters");
                foreach (var (path, value) in parameters)
                {
                    json.WriteNumber(path, ArtifactText.Normalize(value));
                }
                json.WriteEndObject();
                WriteNumberOrNull(json, "in_sample_objective", w.InSampleObjective);
                json.WriteNumber("in_sample_trades", w.InSampleTrades);
            }
            else
            {
                json.WriteNull("parameters");
            }
            json.WriteNumber("starting_capital", ArtifactText.Normalize(w.StartingCapital));
            json.WriteNumber("ending_capital", ArtifactText.Normalize(w.EndingCapital));
            json.WritePropertyName("out_of_sample_metrics");
            if (w.OutOfSample is { } metrics)
            {
                SummaryJsonWriter.WriteMetrics(json, metrics);
            }
            else
            {
                json.WriteNullValue();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("stability");
        foreach (var p in result.Stability)
        {
            json.WriteStartObject();
            json.WriteString("parameter", p.Path);
            json.WriteNumber("changes", p.Changes);
            json.WriteStartObject("chosen");
            foreach (var (value, windows) in p.Chosen)
            {
                json.WriteNumber(ArtifactText.Money(value), windows);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static List<(string Title, string Html)> Sections(WalkForwardResult result)
    {
        var s = result.Settings;
        var windows = new StringBuilder();
        windows.Append("<p>").Append(E($"{Snake(s.Window)} windows of {s.InSample} in-sample and {s.OutOfSample} out-of-sample {Snake(s.Unit)}, step {s.EffectiveStep}; "
            + $"best in-sample {s.Objective} among {result.ParameterSets} parameter sets ({result.InvalidParameterSets} invalid dropped) with at least {s.MinTrades} trades."))
            .Append("</p><table><tr><th>#</th><th>in-sample</th><th>out-of-sample</th><th class=\"l\">chosen parameters</th><th>IS objective</th><th>IS trades</th><th>OOS return</th><th>OOS trades</th><th>ending capital</th></tr>");
        foreach (var w in result.Windows)
        {
            windows.Append("<tr><td>").Append(w.Window.Index.ToString(CultureInfo.InvariantCulture)).Append("</td><td>")
                .Append(ArtifactText.Date(w.Window.InSampleStart)).Append(" – ").Append(ArtifactText.Date(w.Window.InSampleEnd)).Append("</td><td>")
                .Append(ArtifactText.Date(w.Window.OutOfSampleStart)).Append(" – ").Append(ArtifactText.Date(w.Window.OutOfSampleEnd)).Append("</td><td class=\"l\">")
                .Append(E(w.Parameters is { } p ? (p.Count == 0 ? "(base config)" : string.Join(", ", p.Select(x => $"{x.Path}={ArtifactText.Money(x.Value)}"))) : "none eligible: in cash"))
                .Append("</td><td>").Append(ArtifactText.Fixed(w.InSampleObjective, 3)).Append("</td><td>").Append(w.InSampleTrades.ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(w.OutOfSample is { } m ? ArtifactText.Percent(m.TotalReturn) : "0.00 %")
                .Append("</td><td>").Append((w.OutOfSample?.TotalTrades ?? 0).ToString(CultureInfo.InvariantCulture))
                .Append("</td><td>").Append(ArtifactText.Fixed((double)w.EndingCapital, 2)).Append("</td></tr>");
        }
        windows.Append("</table>");
        var stability = new StringBuilder();
        if (result.Stability.Count == 0)
        {
            stability.Append("<p>No grid: every window used the base configuration.</p>");
        }
        else
        {
            stability.Append("<table><tr><th class=\"l\">parameter</th><th class=\"l\">windows choosing each value</th><th>changes between windows</th></tr>");
            foreach (var p in result.Stability)
            {
                stability.Append("<tr><td class=\"l\">").Append(E(p.Path)).Append("</td><td class=\"l\">")
                    .Append(E(string.Join(", ", p.Chosen.Select(c => $"{ArtifactText.Money(c.Value)}: {c.Windows.ToString(CultureInfo.InvariantCulture)}"))))
                    .Append("</td><td>").Append(p.Changes.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>");
            }
            stability.Append("</table>");
        }
        return [("Walk-forward windows", windows.ToString()), ("Parameter stability", stability.ToString())];
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Snake(WindowUnit unit) => unit == WindowUnit.Bars ? "bars" : "days";

    private static string Snake(WindowKind kind) => kind == WindowKind.Rolling ? "rolling" : "anchored";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
