using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Xunit.Sdk;

namespace OrleansTrading.ApiTests.Realtime;

/// <summary>
/// <c>node client.js &lt;url&gt; &lt;seconds&gt; [options]</c>: the stock socket.io-client connecting to a URL (whose path
/// is the namespace) with given <c>io()</c> options, by default the dashboard's. Each JSON line it prints is kept, and
/// tests wait for the lines they expect. Disposing kills the process.
/// </summary>
internal sealed class NodeSocketIoClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<JsonElement> _lines = [];
    private readonly StringBuilder _errors = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private NodeSocketIoClient(Process process) => _process = process;

    public static Task<NodeSocketIoClient> StartAsync(Uri origin, TimeSpan maxLifetime) =>
        StartAsync(origin.GetLeftPart(UriPartial.Authority), optionsJson: null, maxLifetime);

    /// <param name="url">What the app passes to <c>io()</c>: origin plus the namespace as path.</param>
    /// <param name="optionsJson"><c>io()</c>'s options as JSON; null for the dashboard's.</param>
    public static async Task<NodeSocketIoClient> StartAsync(string url, string? optionsJson, TimeSpan maxLifetime)
    {
        await RealtimeClientPackage.EnsureInstalledAsync();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = RealtimeClientPackage.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("client.js");
        start.ArgumentList.Add(url);
        start.ArgumentList.Add(((int)maxLifetime.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (optionsJson is not null)
        {
            start.ArgumentList.Add(optionsJson);
        }
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var client = new NodeSocketIoClient(process);
        process.OutputDataReceived += (_, e) => client.OnOutput(e.Data);
        process.ErrorDataReceived += (_, e) => client.OnError(e.Data);
        process.Exited += (_, _) => client.Pulse();
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return client;
    }

    public IReadOnlyList<JsonElement> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>Waits for the first line at or after <paramref name="fromIndex"/> that matches; returns its index and the line.</summary>
    public async Task<(int Index, JsonElement Line)> WaitForAsync(string what, Func<JsonElement, bool> match, TimeSpan timeout, int fromIndex = 0)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                for (var i = fromIndex; i < _lines.Count; i++)
                {
                    if (match(_lines[i]))
                    {
                        return (i, _lines[i]);
                    }
                }
                changed = _changed.Task;
            }
            if (_process.HasExited)
            {
                throw new XunitException($"node exited ({_process.ExitCode}) before {what}.\n{Transcript()}");
            }
            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new XunitException($"No {what} within {timeout}.\n{Transcript()}");
            }
        }
    }

    public string Transcript()
    {
        lock (_gate)
        {
            var tail = _lines.Skip(Math.Max(0, _lines.Count - 40)).Select(l => l.GetRawText());
            return $"stdout (last {tail.Count()} of {_lines.Count} lines):\n{string.Join('\n', tail)}\nstderr:\n{_errors}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void OnOutput(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }
        JsonElement parsed;
        try
        {
            parsed = JsonDocument.Parse(line).RootElement.Clone();
        }
        catch (JsonException)
        {
            OnError("unparsable stdout line: " + line);
            return;
        }
        lock (_gate)
        {
            _lines.Add(parsed);
        }
        Pulse();
    }

    private void OnError(string? line)
    {
        if (line is not null)
        {
            lock (_gate)
            {
                _errors.AppendLine(line);
            }
        }
    }

    private void Pulse()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        previous.TrySetResult();
    }
}
