namespace OrleansTrading.Api.Hosting;

/// <summary>Browser origins allowed to call the API (section <c>Cors</c>); defaults are the dashboard's dev servers.</summary>
public sealed class CorsSettings
{
    public const string SectionName = "Cors";
    public const string PolicyName = "dashboard";

    public string[] AllowedOrigins { get; set; } = ["http://localhost:5173", "http://localhost:3000"];
}
