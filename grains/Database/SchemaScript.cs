using System.Security.Cryptography;
using System.Text;

namespace OrleansTrading.Grains.Database;

/// <summary>One versioned SQL file from <c>sql/</c>, e.g. <c>0002_orleans_clustering.sql</c> is version 2.</summary>
public sealed record SchemaScript(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script text, recorded when applied, so an edited script is noticed.</summary>
    public string Checksum { get; } = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));
}
