namespace OrleansTrading.GrainTests.Trading;

/// <summary>Polls a condition that becomes (or must stay) true while asynchronous work runs (stream delivery), failing with a message.</summary>
public static class Eventually
{
    public static async Task<T> MatchesAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var value = await read();
            if (condition(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new Xunit.Sdk.XunitException($"Timed out waiting for {what}.");
            }
            await Task.Delay(25);
        }
    }

    /// <summary>
    /// Polls for <paramref name="duration"/> that a condition keeps holding (nothing asynchronous breaks it), failing at
    /// the first read that does not match.
    /// </summary>
    public static async Task StaysAsync<T>(Func<Task<T>> read, Func<T, bool> condition, string what, TimeSpan duration)
    {
        var deadline = DateTime.UtcNow + duration;
        do
        {
            if (!condition(await read()))
            {
                throw new Xunit.Sdk.XunitException($"No longer true: {what}.");
            }
            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
    }
}
