using System.Globalization;
using System.Text;

namespace OrleansTrading.Grains.Backtesting.Artifacts;

/// <summary>
/// Hand-written inline SVG line charts for the report: no scripts, no fonts or files from anywhere, fixed number
/// formatting. Long series are reduced to the minimum and maximum of each of at most 1,000 time buckets, so a
/// million bars still draw every spike in a few hundred kilobytes.
/// </summary>
internal sealed class SvgChart(string title, long fromTicks, long toTicks, double minY, double maxY)
{
    private const int Width = 960;
    private const int Height = 260;
    private const int Left = 70;
    private const int Right = 10;
    private const int Top = 24;
    private const int Bottom = 26;
    private const int Buckets = 1000;

    private readonly StringBuilder _body = new();

    public static (double Min, double Max) Range(IEnumerable<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }
        if (double.IsInfinity(min))
        {
            return (0, 1);
        }
        if (max - min < 1e-12)
        {
            return (min - 1, max + 1);
        }
        var pad = (max - min) * 0.05;
        return (min - pad, max + pad);
    }

    /// <summary>Adds a polyline (or a filled area down to <paramref name="fillTo"/>) through (ticks, value) points in time order.</summary>
    public SvgChart Line(IReadOnlyList<(long Ticks, double Value)> points, string color, double? fillTo = null)
    {
        var reduced = Reduce(points);
        if (reduced.Count == 0)
        {
            return this;
        }
        var path = new StringBuilder();
        foreach (var (ticks, value) in reduced)
        {
            path.Append(path.Length == 0 ? "M" : " L").Append(F(X(ticks))).Append(',').Append(F(Y(value)));
        }
        if (fillTo is { } baseline)
        {
            path.Append(" L").Append(F(X(reduced[^1].Ticks))).Append(',').Append(F(Y(baseline)))
                .Append(" L").Append(F(X(reduced[0].Ticks))).Append(',').Append(F(Y(baseline))).Append(" Z");
            _body.Append("<path d=\"").Append(path).Append("\" fill=\"").Append(color).Append("\" fill-opacity=\"0.35\" stroke=\"").Append(color).Append("\" stroke-width=\"1\"/>");
        }
        else
        {
            _body.Append("<path d=\"").Append(path).Append("\" fill=\"none\" stroke=\"").Append(color).Append("\" stroke-width=\"1.2\"/>");
        }
        return this;
    }

    /// <summary>Adds a triangle marker: up for buys, down for sells.</summary>
    public SvgChart Marker(long ticks, double value, bool up, string color, string tooltip)
    {
        var x = X(ticks);
        var y = Y(value);
        var points = up
            ? $"{F(x)},{F(y)} {F(x - 4)},{F(y + 8)} {F(x + 4)},{F(y + 8)}"
            : $"{F(x)},{F(y)} {F(x - 4)},{F(y - 8)} {F(x + 4)},{F(y - 8)}";
        _body.Append("<polygon points=\"").Append(points).Append("\" fill=\"").Append(color).Append("\"><title>")
            .Append(System.Net.WebUtility.HtmlEncode(tooltip)).Append("</title></polygon>");
        return this;
    }

    public string ToSvg(Func<double, string> formatY)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg viewBox=\"0 0 {Width} {Height}\" width=\"100%\" role=\"img\">");
        svg.Append("<text x=\"").Append(Left).Append("\" y=\"16\" class=\"t\">").Append(System.Net.WebUtility.HtmlEncode(title)).Append("</text>");
        for (var i = 0; i <= 4; i++)
        {
            var value = minY + (maxY - minY) * i / 4;
            var y = Y(value);
            svg.Append("<line x1=\"").Append(Left).Append("\" x2=\"").Append(Width - Right).Append("\" y1=\"").Append(F(y)).Append("\" y2=\"").Append(F(y)).Append("\" class=\"g\"/>");
            svg.Append("<text x=\"").Append(Left - 4).Append("\" y=\"").Append(F(y + 4)).Append("\" class=\"a\" text-anchor=\"end\">").Append(formatY(value)).Append("</text>");
        }
        for (var i = 0; i <= 4; i++)
        {
            var ticks = fromTicks + (long)((toTicks - fromTicks) * (i / 4.0));
            var anchor = i == 0 ? "start" : i == 4 ? "end" : "middle";
            svg.Append("<text x=\"").Append(F(X(ticks))).Append("\" y=\"").Append(Height - 8).Append("\" class=\"a\" text-anchor=\"").Append(anchor).Append("\">")
                .Append(new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</text>");
        }
        svg.Append(_body).Append("</svg>");
        return svg.ToString();
    }

    private double X(long ticks) => toTicks == fromTicks
        ? Left + (Width - Left - Right) / 2.0
        : Left + (ticks - fromTicks) / (double)(toTicks - fromTicks) * (Width - Left - Right);

    private double Y(double value) => Top + (maxY - value) / (maxY - minY) * (Height - Top - Bottom);

    private static string F(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    private static List<(long Ticks, double Value)> Reduce(IReadOnlyList<(long Ticks, double Value)> points)
    {
        if (points.Count <= 2 * Buckets)
        {
            return [.. points];
        }
        var reduced = new List<(long, double)>(2 * Buckets + 2);
        var size = (double)points.Count / Buckets;
        for (var b = 0; b < Buckets; b++)
        {
            var from = (int)(b * size);
            var to = Math.Min(points.Count, (int)((b + 1) * size));
            int min = from, max = from;
            for (var i = from; i < to; i++)
            {
                if (points[i].Value < points[min].Value)
                {
                    min = i;
                }
                if (points[i].Value > points[max].Value)
                {
                    max = i;
                }
            }
            // Keep both extremes in time order so the line still goes up and down where the data did.
            reduced.Add(points[Math.Min(min, max)]);
            if (min != max)
            {
                reduced.Add(points[Math.Max(min, max)]);
            }
        }
        return reduced;
    }
}
