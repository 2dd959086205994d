using System.Diagnostics;

namespace OrleansTrading.PostgresTests.Recovery;

/// <summary>Polls a probe every 250 ms until it yields a value, or fails the test at the deadline.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, TimeSpan deadline, string what)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (clock.Elapsed > deadline)
            {
                throw new TimeoutException($"Timed out after {deadline.TotalSeconds:0} s waiting for {what}.");
            }
            await Task.Delay(Interval);
        }
    }

    public static Task TrueAsync(Func<Task<bool>> probe, TimeSpan deadline, string what) =>
        GetAsync(async () => await probe() ? new object() : null, deadline, what);
}
