using Microsoft.Extensions.DependencyInjection.Extensions;
using OrleansTrading.Api.Realtime.Fanout;
using OrleansTrading.Api.Realtime.SocketIo;
using OrleansTrading.Api.Realtime.Sse;

namespace OrleansTrading.Api.Realtime;

/// <summary>Registers and maps the realtime events: socket.io at <c>/ws</c> and Server-Sent Events at <c>/api/events</c>.</summary>
public static class RealtimeApi
{
    public const string SocketIoPath = "/ws";
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
        services.AddHostedService<StreamFanOutService>();
        return services;
    }

    public static IEndpointRouteBuilder MapRealtime(this IEndpointRouteBuilder routes)
    {
        // The WebSocket middleware only on this route: nothing else in the api upgrades connections.
        var socketIo = routes.CreateApplicationBuilder();
        socketIo.UseWebSockets();
        socketIo.Run(SocketIoEndpoint.HandleAsync);
        routes.Map(SocketIoPath, socketIo.Build()).WithDisplayName("socket.io").ExcludeFromDescription();

        routes.MapGet(ServerSentEventsPath, ServerSentEventsEndpoint.StreamAsync)
            .WithTags("Realtime")
            .WithName("RealtimeEvents")
            .WithSummary("The realtime events as Server-Sent Events (event: <name>, data: <json>).")
            .Produces(StatusCodes.Status200OK, contentType: ServerSentEventsEndpoint.ContentType);
        return routes;
    }
}
