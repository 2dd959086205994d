using System.ComponentModel.DataAnnotations;

namespace OrleansTrading.Grains.Hosting;

/// <summary>Orleans hosting settings, bound from the <c>Orleans</c> configuration section.</summary>
public sealed class OrleansHostingOptions
{
    public const string SectionName = "Orleans";

    /// <summary>Embedded (default) or Cluster.</summary>
    public OrleansMode Mode { get; set; } = OrleansMode.Embedded;

    /// <summary>Which silos form one cluster (membership rows are keyed by it).</summary>
    [Required]
    public string ClusterId { get; set; } = "orleans-trading";

    /// <summary>
    /// Fixed across deployments on purpose: grain state and reminder rows are keyed by it, so a new value would
    /// orphan every stored bot.
    /// </summary>
    [Required]
    public string ServiceId { get; set; } = "orleans-trading";

    /// <summary>Silo-to-silo port (default 11111). Each silo on one machine needs its own.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Client gateway port (default 30000). Each silo on one machine needs its own.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos and clients reach this silo at; loopback when empty.</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Cluster mode: apply <c>sql/</c> migrations before the silo joins (default true).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Collect Orleans Dashboard data (served by the api host at <c>/dashboard/</c>).</summary>
    public bool EnableDashboard { get; set; } = true;
}
