using Orleans.Storage;

namespace OrleansTrading.PostgresTests.OrleansProviders;

/// <summary>A worst-case grain storage hasher: every grain and type collides, so only the full identity tells rows apart.</summary>
internal sealed class ConstantHasher : IHasher
{
    public const int Value = 42;

    public string Description => "Always returns 42 (tests hash collisions).";

    public int Hash(byte[] data) => Value;
}
