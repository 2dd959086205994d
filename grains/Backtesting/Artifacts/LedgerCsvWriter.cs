using System.Globalization;
using System.Text;

namespace OrleansTrading.Grains.Backtesting.Artifacts;

/// <summary><c>trades.csv</c> and <c>equity.csv</c>: LF line ends, invariant formatting, buffered (a million equity rows write in a blink).</summary>
public static class LedgerCsvWriter
{
    public const string TradesHeader = "symbol,entry_time,entry_price,exit_time,exit_price,quantity,commission,pnl,exit_reason";

    public static void WriteTrades(string path, IReadOnlyList<BacktestTrade> trades)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.Write(TradesHeader);
        writer.Write('\n');
        foreach (var t in trades)
        {
            writer.Write(string.Join(',',
                t.Symbol, ArtifactText.Timestamp(t.EntryTime), ArtifactText.Money(t.EntryPrice), ArtifactText.Timestamp(t.ExitTime),
                ArtifactText.Money(t.ExitPrice), t.Quantity.ToString(CultureInfo.InvariantCulture), ArtifactText.Money(t.Commission),
                ArtifactText.Money(t.Pnl), ArtifactText.Snake(t.ExitReason)));
            writer.Write('\n');
        }
    }

    public static void WriteEquity(string path, IReadOnlyList<EquityPoint> equity)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.Write("date,equity\n");
        Span<char> buffer = stackalloc char[64];
        foreach (var point in equity)
        {
            var written = ArtifactText.FormatTimestamp(point.Timestamp, buffer);
            buffer[written++] = ',';
            if (!point.Equity.TryFormat(buffer[written..], out var digits, "R", CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("Equity did not fit its buffer.");
            }
            written += digits;
            buffer[written++] = '\n';
            writer.Write(buffer[..written]);
        }
    }
}
