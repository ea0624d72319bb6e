namespace CraftMarket.Testing;

/// <summary>
/// Background work (outbox consumers, webhook senders, jobs) finishes after the request that caused it:
/// tests read until a condition holds, never sleep a fixed time. Answers the last value read, done or
/// not, so the caller's own assertion says what was missing.
/// </summary>
public static class Eventually
{
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan within, TimeSpan? every = null)
    {
        var until = DateTime.UtcNow + within;
        var value = await read();
        while (!done(value) && DateTime.UtcNow < until)
        {
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(100));
            value = await read();
        }
        return value;
    }
}
