using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansTrading.Api.Realtime.Fanout;
using OrleansTrading.Api.Realtime.SocketIo;
using OrleansTrading.Api.Realtime.Sse;

namespace OrleansTrading.Api.Realtime;

/// <summary>Registers and maps the realtime events: socket.io at <c>/ws</c> (and its aliases) and Server-Sent Events at <c>/api/events</c>.</summary>
public static class RealtimeApi
{
    public const string SocketIoPath = "/ws";

    /// <summary>
    /// Every HTTP path that serves Engine.IO, each with or without a trailing slash: <c>/ws</c> for clients that pass
    /// <c>path: "/ws"</c>, <c>/socket.io</c> for the client default (what <c>io("…/ws")</c> requests, <c>/ws</c> being its
    /// namespace), and <c>/ws/socket.io</c> for a proxy that mounts the api under <c>/ws</c>.
    /// </summary>
    public static IReadOnlyList<string> SocketIoPaths { get; } = [SocketIoPath, "/socket.io", "/ws/socket.io"];
    public const string ServerSentEventsPath = "/api/events";

    /// <summary>Call after Orleans is registered: the stream fan-out is a hosted service that needs it running.</summary>
    public static IServiceCollection AddRealtime(this IServiceCollection services)
    {
        services.AddOptions<RealtimeOptions>()
            .BindConfiguration(RealtimeOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RealtimeHub>();
        services.AddSingleton<SocketIoSessions>();
        services.AddHostedService<StreamFanOutService>();
        return services;
    }

    public static IEndpointRouteBuilder MapRealtime(this IEndpointRouteBuilder routes)
    {
        // The WebSocket middleware only on this route: nothing else in the api upgrades connections.
        var socketIo = routes.CreateApplicationBuilder();
        socketIo.UseWebSockets();
        socketIo.Run(SocketIoEndpoint.HandleAsync);
        var engineIo = socketIo.Build();
        foreach (var path in SocketIoPaths)
        {
            // Routing matches a pattern with and without its trailing slash; the client always adds one.
            routes.Map(path, engineIo).WithDisplayName("socket.io " + path).ExcludeFromDescription();
        }
        // Sessions not (yet) connected to a namespace are unknown to the hub's own shutdown close.
        var sessions = routes.ServiceProvider.GetRequiredService<SocketIoSessions>();
        routes.ServiceProvider.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => sessions.EndAll("server shutting down"));

        routes.MapGet(ServerSentEventsPath, ServerSentEventsEndpoint.StreamAsync)
            .WithTags("Realtime")
            .WithName("RealtimeEvents")
            .WithSummary("The realtime events as Server-Sent Events (event: <name>, data: <json>).")
            .Produces(StatusCodes.Status200OK, contentType: ServerSentEventsEndpoint.ContentType);
        return routes;
    }
}
