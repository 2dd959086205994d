using System.Collections;

namespace OrleansTrading.Grains.Backtesting;

/// <summary>A read-only list whose items are built on demand from an index (the run's ledgers over <see cref="BacktestLedger"/>).</summary>
internal sealed class LedgerView<T>(int count, Func<int, T> item) : IReadOnlyList<T>
{
    public int Count { get; } = count;

    public T this[int index] => (uint)index < (uint)Count ? item(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return item(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
