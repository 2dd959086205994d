using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Orleans.Dashboard;
using OrleansTrading.Api.Bots;
using OrleansTrading.Api.Dashboard;
using OrleansTrading.Api.Operations;
using OrleansTrading.Api.Positions;
using OrleansTrading.Api.Trades;
using OrleansTrading.Api.Demo;
using OrleansTrading.Api.Health;
using OrleansTrading.Api.Problems;
using OrleansTrading.Api.Realtime;
using OrleansTrading.GrainInterfaces.Json;
using OrleansTrading.Grains.Hosting;

namespace OrleansTrading.Api.Hosting;

/// <summary>Builds the api host: Orleans (co-hosted silo or client, by mode), REST endpoints, health, Swagger, CORS, dashboard.</summary>
public static class TradingApi
{
    /// <summary>Where the api listens unless <c>--urls</c> / <c>ASPNETCORE_URLS</c> / <c>Urls</c> say otherwise.</summary>
    public const string DefaultUrl = "http://localhost:8000";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var hosting = OrleansTradingConfiguration.ReadHostingOptions(builder.Configuration);
        var health = builder.Services.AddHealthChecks().AddCheck<SiloHealthCheck>("silo");
        if (hosting.Mode == OrleansMode.Embedded)
        {
            builder.UseOrleans(silo => silo.AddOrleansTrading(builder.Configuration));
            builder.Services.AddOptions<DemoSettings>().BindConfiguration(DemoSettings.SectionName);
            // After UseOrleans: hosted services start in order, so the silo is running when the seeder calls it.
            builder.Services.AddHostedService<DemoBotSeeder>();
        }
        else
        {
            builder.UseOrleansClient(client => client.AddOrleansTradingClient(builder.Configuration));
            health.AddCheck<PostgresHealthCheck>("postgres");
        }
        // The ledger the dashboard reads. Embedded: the co-hosted silo registers into this same service collection, so
        // this resolves the very InMemoryTradeLedger the grains write (TryAdd keeps one instance). Cluster: PostgreSQL.
        builder.Services.AddTradingServices(builder.Configuration);

        builder.Services.AddRealtime();
        builder.Services.ConfigureHttpJsonOptions(o => TradingJson.Configure(o.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemDefaults.Complete);
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(o => o.SwaggerDoc("v1", new() { Title = "OrleansTrading API", Version = "v1" }));

        var cors = builder.Configuration.GetSection(CorsSettings.SectionName).Get<CorsSettings>() ?? new CorsSettings();
        builder.Services.AddCors(o => o.AddPolicy(CorsSettings.PolicyName, policy =>
            policy.WithOrigins(cors.AllowedOrigins).AllowAnyHeader().AllowAnyMethod().AllowCredentials()));

        var app = builder.Build();
        if (hosting.Mode == OrleansMode.Embedded)
        {
            StartupLog.EmbeddedModeWarning(app.Logger);
        }
        else
        {
            StartupLog.ClusterMode(app.Logger, hosting.ClusterId);
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseCors(CorsSettings.PolicyName);
        app.UseSwagger();
        app.UseSwaggerUI();

        app.MapHealthChecks("/api/health", new HealthCheckOptions
        {
            ResponseWriter = HealthResponseWriter.WriteAsync,
            ResultStatusCodes =
            {
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status200OK,
                [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapBots();
        app.MapRealtime();
        app.MapTrades();
        app.MapPositions();
        app.MapDashboard();
        app.MapOperations();
        if (hosting.EnableDashboard)
        {
            app.MapOrleansDashboard(routePrefix: "/dashboard").ExcludeFromDescription();
        }
        return app;
    }

    /// <summary>The first address Kestrel is listening on (for tests started on port 0).</summary>
    public static Uri ListeningAddress(this WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
