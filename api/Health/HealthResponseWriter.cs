using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OrleansTrading.Grains.Hosting;

namespace OrleansTrading.Api.Health;

/// <summary>
/// Writes <c>{"status":"healthy"|"unhealthy","mode":…,"checks":{name:{status,description,duration_ms}}}</c>.
/// The top-level <c>status</c> keeps the seed's shape, so existing clients checking it keep working.
/// </summary>
public static class HealthResponseWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var mode = OrleansTradingConfiguration.ReadHostingOptions(context.RequestServices.GetRequiredService<IConfiguration>()).Mode;
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = Describe(report.Status),
            mode = mode.ToString().ToLowerInvariant(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new
                {
                    status = Describe(e.Value.Status),
                    description = e.Value.Description,
                    duration_ms = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                }),
        }, cancellationToken: context.RequestAborted);
    }

    private static string Describe(HealthStatus status) => status == HealthStatus.Unhealthy ? "unhealthy" : "healthy";
}
