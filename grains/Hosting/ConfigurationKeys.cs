namespace OrleansTrading.Grains.Hosting;

/// <summary>Configuration keys that are not part of an options section.</summary>
public static class ConfigurationKeys
{
    /// <summary>The connection string name: <c>ConnectionStrings:Postgres</c>.</summary>
    public const string PostgresConnectionStringName = "Postgres";

    /// <summary>The ADO.NET invariant Orleans uses to find Npgsql.</summary>
    public const string NpgsqlInvariant = "Npgsql";
}
