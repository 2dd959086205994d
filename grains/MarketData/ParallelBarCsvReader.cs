using System.Text;
using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.MarketData;

/// <summary>
/// The validated CSV read for backtests, on every core: the file is read as bytes, cut into chunks at line ends, and
/// the chunks are parsed at the same time with <see cref="BarCsvReader"/>'s own row parser and checks. The outcome is
/// exactly the sequential reader's — the same bars, or the same first error with its line number: each chunk knows
/// its first line number (line ends counted up front), and errors are ranked by line and, within a line, in the
/// order the sequential reader checks (fields, then ascending time, then prices). Files it does not handle byte-wise
/// (a UTF-16/32 byte order mark, or old Mac line ends: a carriage return alone) go to the sequential reader.
/// </summary>
internal static class ParallelBarCsvReader
{
    // Below this size one chunk: a small file is read before a task would even start.
    private const int MinimumChunkBytes = 1 << 20;

    private enum Check
    {
        Fields,
        Ascending,
        Prices,
    }

    public static Bar[] ReadValidatedFile(string path) =>
        ReadValidated(File.ReadAllBytes(path), Path.GetFileName(path), MinimumChunkBytes, Environment.ProcessorCount);

    /// <summary>
    /// Parses <paramref name="content"/> in up to <paramref name="maximumChunks"/> chunks of at least
    /// <paramref name="minimumChunkBytes"/> (one per core for files; tests cut many small ones).
    /// </summary>
    internal static Bar[] ReadValidated(byte[] content, string sourceName, int minimumChunkBytes, int maximumChunks)
    {
        if (StartsWithWideByteOrderMark(content))
        {
            return Sequential(content, sourceName);
        }
        var start = content.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        var headerEnd = content.AsSpan(start).IndexOf((byte)'\n');
        var headerBytes = headerEnd < 0 ? content.AsSpan(start) : content.AsSpan(start, headerEnd);
        if (headerBytes.IndexOf((byte)'\r') is var cr && cr >= 0 && cr != headerBytes.Length - 1)
        {
            return Sequential(content, sourceName);
        }
        var header = Encoding.UTF8.GetString(headerBytes.TrimEnd((byte)'\r'));
        if (headerEnd < 0 && header.Length == 0)
        {
            throw new BarCsvFormatException($"{sourceName}: the file is empty (expected a header line).");
        }
        var columns = BarCsvReader.ParseHeader(header, sourceName);
        var bodyStart = headerEnd < 0 ? content.Length : start + headerEnd + 1;

        var chunks = Chunks(content, bodyStart, minimumChunkBytes, maximumChunks);
        // A chunk's first line number: the header is line 1, and each line end before the chunk starts another line.
        var firstLines = new int[chunks.Length];
        var lineCounts = new int[chunks.Length];
        for (var i = 0; i < chunks.Length; i++)
        {
            lineCounts[i] = content.AsSpan(chunks[i].Start, chunks[i].Length).Count((byte)'\n') + 1;
            firstLines[i] = i == 0 ? 2 : firstLines[i - 1] + lineCounts[i - 1] - 1;
        }
        // Each chunk writes its bars into its own slice (at most one bar per line), compacted afterwards.
        var offsets = new int[chunks.Length];
        for (var i = 1; i < chunks.Length; i++)
        {
            offsets[i] = offsets[i - 1] + lineCounts[i - 1];
        }
        var buffer = new Bar[offsets[^1] + lineCounts[^1]];
        var results = new ChunkResult[chunks.Length];
        Parallel.For(0, chunks.Length, i =>
            results[i] = ParseChunk(content.AsSpan(chunks[i].Start, chunks[i].Length), buffer.AsSpan(offsets[i], lineCounts[i]), columns, sourceName, firstLines[i]));

        if (results.Any(r => r.NeedsSequential))
        {
            return Sequential(content, sourceName);
        }
        ThrowFirstError(results, sourceName);
        var total = results.Sum(r => r.Count);
        var bars = new Bar[total];
        var written = 0;
        for (var i = 0; i < results.Length; i++)
        {
            Array.Copy(buffer, offsets[i], bars, written, results[i].Count);
            written += results[i].Count;
        }
        return bars;
    }

    /// <summary>
    /// The error the sequential reader would meet first. A chunk cannot see the bar before its first one, so the
    /// ascending check across each chunk boundary is made here and ranked with the chunks' own errors.
    /// </summary>
    private static void ThrowFirstError(ChunkResult[] results, string sourceName)
    {
        (int Line, Check Check, BarCsvFormatException Error)? first = null;
        void Consider(int line, Check check, BarCsvFormatException error)
        {
            if (first is not { } current || line < current.Line || (line == current.Line && check < current.Check))
            {
                first = (line, check, error);
            }
        }
        Bar? previous = null;
        foreach (var result in results)
        {
            if (result.FirstRow is { } row && previous is { } last && row.Bar.Timestamp <= last.Timestamp)
            {
                Consider(row.Line, Check.Ascending, BarCsvReader.NotAscending(sourceName, row.Line, row.DateText, validatePrices: true));
            }
            if (result.Error is { } error)
            {
                Consider(result.ErrorLine, result.ErrorCheck, error);
                // Nothing after a failed row counts: the sequential reader stops there.
                break;
            }
            previous = result.LastBar ?? previous;
        }
        if (first is { } found)
        {
            throw found.Error;
        }
    }

    private static ChunkResult ParseChunk(ReadOnlySpan<byte> chunk, Span<Bar> output, int[] columns, string sourceName, int firstLine)
    {
        var result = new ChunkResult();
        Span<Range> fields = stackalloc Range[BarCsvReader.FieldSlots(columns)];
        Span<char> stackChars = stackalloc char[256];
        var previous = DateTimeOffset.MinValue;
        var lineNumber = firstLine - 1;
        var count = 0;
        while (true)
        {
            lineNumber++;
            var end = chunk.IndexOf((byte)'\n');
            var lineBytes = end < 0 ? chunk : chunk[..end];
            if (lineBytes.Length > 0 && lineBytes[^1] == (byte)'\r')
            {
                lineBytes = lineBytes[..^1];
            }
            if (lineBytes.IndexOf((byte)'\r') >= 0)
            {
                // A carriage return inside a line is a line end to TextReader.ReadLine: leave that to it.
                return result with { NeedsSequential = true };
            }
            var chars = lineBytes.Length <= stackChars.Length ? stackChars : new char[Encoding.UTF8.GetMaxCharCount(lineBytes.Length)];
            var line = chars[..Encoding.UTF8.GetChars(lineBytes, chars)];
            if (!BarCsvReader.IsBlank(line))
            {
                Bar bar;
                scoped ReadOnlySpan<char> dateText;
                try
                {
                    bar = BarCsvReader.ParseRow(line, columns, fields, sourceName, lineNumber, out dateText);
                }
                catch (BarCsvFormatException e)
                {
                    return result with { Count = count, Error = e, ErrorLine = lineNumber, ErrorCheck = Check.Fields };
                }
                if (count == 0)
                {
                    result = result with { FirstRow = new FirstRow(lineNumber, dateText.ToString(), bar) };
                }
                else if (bar.Timestamp <= previous)
                {
                    return result with
                    {
                        Count = count,
                        Error = BarCsvReader.NotAscending(sourceName, lineNumber, dateText, validatePrices: true),
                        ErrorLine = lineNumber,
                        ErrorCheck = Check.Ascending,
                    };
                }
                if (BarValidator.Problem(bar) is { } problem)
                {
                    return result with { Count = count, Error = BarCsvReader.InvalidBar(sourceName, lineNumber, problem), ErrorLine = lineNumber, ErrorCheck = Check.Prices };
                }
                previous = bar.Timestamp;
                output[count++] = bar;
            }
            if (end < 0)
            {
                return result with { Count = count, LastBar = count > 0 ? output[count - 1] : null };
            }
            chunk = chunk[(end + 1)..];
        }
    }

    /// <summary>The body cut into at most <paramref name="maximumChunks"/> chunks, each ending just after a line end.</summary>
    private static (int Start, int Length)[] Chunks(byte[] content, int bodyStart, int minimumChunkBytes, int maximumChunks)
    {
        var bodyLength = content.Length - bodyStart;
        var count = Math.Max(1, Math.Min(maximumChunks, bodyLength / Math.Max(1, minimumChunkBytes)));
        var chunks = new List<(int Start, int Length)>(count);
        var start = bodyStart;
        for (var i = 1; i <= count && start < content.Length; i++)
        {
            var end = i == count ? content.Length : bodyStart + (int)((long)bodyLength * i / count);
            if (end < content.Length)
            {
                var newline = content.AsSpan(end).IndexOf((byte)'\n');
                end = newline < 0 ? content.Length : end + newline + 1;
            }
            if (end > start)
            {
                chunks.Add((start, end - start));
            }
            start = end;
        }
        if (chunks.Count == 0)
        {
            chunks.Add((bodyStart, bodyLength));
        }
        // The last chunk ends at the end of the content; a chunk that ends with a line end has an empty last line,
        // which parses as blank — as ReadLine, which yields no line after a final line end.
        return [.. chunks];
    }

    private static bool StartsWithWideByteOrderMark(ReadOnlySpan<byte> content) =>
        content.StartsWith(Encoding.Unicode.Preamble) || content.StartsWith(Encoding.BigEndianUnicode.Preamble) || content.StartsWith(Encoding.UTF32.Preamble);

    private static Bar[] Sequential(byte[] content, string sourceName)
    {
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return BarCsvReader.ReadValidated(reader, sourceName);
    }

    private sealed record FirstRow(int Line, string DateText, Bar Bar);

    private sealed record ChunkResult
    {
        public int Count { get; init; }
        public FirstRow? FirstRow { get; init; }
        public Bar? LastBar { get; init; }
        public BarCsvFormatException? Error { get; init; }
        public int ErrorLine { get; init; }
        public Check ErrorCheck { get; init; }
        public bool NeedsSequential { get; init; }
    }
}
