namespace OrleansTrading.Grains.Indicators;

/// <summary>A fixed-capacity window of the last N values; allocated once, so adding never allocates.</summary>
public sealed class RingBuffer(int capacity)
{
    private readonly double[] _items = new double[capacity];
    private int _start;

    public int Capacity => _items.Length;

    public int Count { get; private set; }

    public bool IsFull => Count == _items.Length;

    /// <summary>The i-th oldest value still in the window (0 = oldest).</summary>
    public double this[int index] => _items[(_start + index) % _items.Length];

    /// <summary>Adds a value; when full, returns the value it pushed out (otherwise NaN).</summary>
    public double Add(double value)
    {
        if (Count < _items.Length)
        {
            _items[(_start + Count) % _items.Length] = value;
            Count++;
            return double.NaN;
        }
        var evicted = _items[_start];
        _items[_start] = value;
        _start = (_start + 1) % _items.Length;
        return evicted;
    }

    public void Clear()
    {
        _start = 0;
        Count = 0;
    }
}
