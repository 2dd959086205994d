using OrleansTrading.Grains.Indicators;

namespace OrleansTrading.Grains.MarketData.Feeds;

/// <summary>
/// A seeded price path whose value at bar <c>k</c> is computed directly from (seed, symbol, k), with no state: any
/// activation on any silo, at any time, sees the same bars. The log price is a sum of octaves of interpolated value
/// noise with amplitudes growing as √(octave length), which moves like a random walk up to ~65,000 bars and stays
/// bounded beyond (so a demo running for days neither explodes nor drifts to zero).
/// </summary>
public sealed class SimulatedPricePath
{
    private const int Octaves = 17;

    private readonly ulong _seed;
    private readonly ulong _symbolKey;
    private readonly double _barVolatility;
    private readonly double _basePrice;
    private readonly double _baseVolume;

    public SimulatedPricePath(int seed, string symbol, double annualVolatility, TimeSpan barInterval)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        _seed = (ulong)(uint)seed;
        _symbolKey = StableHash(symbol);
        // A trading year is 252 sessions of 6.5 hours; one bar moves like barInterval of it.
        var barsPerYear = 252 * 6.5 * 3600 / Math.Max(1, barInterval.TotalSeconds);
        _barVolatility = annualVolatility / Math.Sqrt(barsPerYear);
        _basePrice = 20 + Uniform(Mix(_seed, _symbolKey, 0xB1, 0)) * 480;
        _baseVolume = 10_000 + Uniform(Mix(_seed, _symbolKey, 0xB2, 0)) * 90_000;
    }

    /// <summary>The price at the boundary that opens bar <paramref name="index"/> (and closes bar index − 1).</summary>
    public double PriceAt(long index)
    {
        double walk = 0;
        for (var octave = 0; octave < Octaves; octave++)
        {
            var length = 1L << octave;
            var cell = Math.DivRem(index, length, out var offset);
            if (offset < 0)
            {
                cell--;
                offset += length;
            }
            var left = Gaussian(Mix(_seed, _symbolKey, (ulong)octave, (ulong)cell));
            var right = Gaussian(Mix(_seed, _symbolKey, (ulong)octave, (ulong)(cell + 1)));
            var t = (double)offset / length;
            // Each octave's value noise moves by about √length·σ over its cell, like a random walk would.
            walk += (left + (right - left) * t) * Math.Sqrt(length) * 0.5;
        }
        return _basePrice * Math.Exp(walk * _barVolatility);
    }

    /// <summary>Bar <paramref name="index"/> stamped <paramref name="timestamp"/>: open and close from the path, a seeded intrabar range and volume.</summary>
    public Bar BarAt(long index, DateTimeOffset timestamp)
    {
        var open = PriceAt(index);
        var close = PriceAt(index + 1);
        var wickUp = Math.Abs(Gaussian(Mix(_seed, _symbolKey, 0xA1, (ulong)index))) * _barVolatility * 0.5;
        var wickDown = Math.Abs(Gaussian(Mix(_seed, _symbolKey, 0xA2, (ulong)index))) * _barVolatility * 0.5;
        var high = Math.Max(open, close) * (1 + wickUp);
        var low = Math.Min(open, close) * (1 - wickDown);
        var volume = Math.Round(_baseVolume * (0.5 + Uniform(Mix(_seed, _symbolKey, 0xA3, (ulong)index))));
        return new Bar(timestamp, Round(open), Round(high), Round(low), Round(close), volume);
    }

    private static double Round(double price) => Math.Round(price, 4, MidpointRounding.ToEven);

    /// <summary>FNV-1a over the symbol's UTF-16 code units: stable across processes (unlike string.GetHashCode).</summary>
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>SplitMix64 finaliser over the four keys: a well-spread 64-bit value per (seed, symbol, lane, index).</summary>
    private static ulong Mix(ulong seed, ulong symbol, ulong lane, ulong index)
    {
        var z = seed * 0x9E3779B97F4A7C15UL ^ symbol ^ (lane * 0xC2B2AE3D27D4EB4FUL) ^ (index * 0xD6E8FEB86659FD93UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static double Uniform(ulong bits) => (bits >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal from one 64-bit value (Box–Muller on its two 32-bit halves).</summary>
    private static double Gaussian(ulong bits)
    {
        var u1 = ((bits >> 32) + 1.0) / 4294967297.0;
        var u2 = (bits & 0xFFFFFFFF) / 4294967296.0;
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
