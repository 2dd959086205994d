using System.Diagnostics;

namespace OrleansTrading.DashboardBenchmark;

/// <summary>Concurrent clients each issuing a fixed number of GETs; every request's latency is kept for percentiles.</summary>
public static class LatencyRun
{
    public sealed record Result(string Name, int Requests, double P50, double P90, double P99, double Max, double RequestsPerSecond);

    public static async Task<Result> RunAsync(string name, HttpClient client, int clients, int requestsPerClient, Func<int, string> path)
    {
        var latencies = new double[clients * requestsPerClient];
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            for (var r = 0; r < requestsPerClient; r++)
            {
                var index = c * requestsPerClient + r;
                var started = Stopwatch.GetTimestamp();
                using var response = await client.GetAsync(path(index));
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        wall.Stop();
        Array.Sort(latencies);
        return new Result(name, latencies.Length, Percentile(latencies, 0.50), Percentile(latencies, 0.90), Percentile(latencies, 0.99), latencies[^1],
            latencies.Length / wall.Elapsed.TotalSeconds);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
