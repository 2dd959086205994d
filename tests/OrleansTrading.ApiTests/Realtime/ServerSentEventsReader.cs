using System.Text;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary>Reads an event stream record by record (blank-line separated), per the WHATWG SSE format.</summary>
internal sealed class ServerSentEventsReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    public sealed record Record(string? Event, string? Data, string? Comment);

    public async Task<Record> ReadUntilAsync(Func<Record, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            var record = await ReadRecordAsync(deadline.Token) ?? throw new Xunit.Sdk.XunitException("The event stream ended.");
            if (match(record))
            {
                return record;
            }
        }
    }

    public async Task ReadToEndAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (await ReadRecordAsync(deadline.Token) is not null)
        {
        }
    }

    public void Dispose() => _reader.Dispose();

    private async Task<Record?> ReadRecordAsync(CancellationToken cancellationToken)
    {
        string? name = null, comment = null;
        StringBuilder? data = null;
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is null && data is null && comment is null)
                {
                    continue;
                }
                return new Record(name, data?.ToString(), comment);
            }
            if (line.StartsWith(':'))
            {
                comment = line[1..].Trim();
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                name = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data = (data is null ? new StringBuilder() : data.Append('\n')).Append(line["data:".Length..].TrimStart());
            }
        }
        return null;
    }
}
