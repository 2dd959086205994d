using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.Api.Problems;

/// <summary>RFC 9457 problem responses for the domain's refusals: 404, 409 and 422.</summary>
public static class ApiProblems
{
    public static IResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "One or more fields are invalid.",
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        });

    /// <summary>A 422 naming the one query or body parameter that was wrong.</summary>
    public static IResult Invalid(string parameter, string message) =>
        Validation(new Dictionary<string, string[]> { [parameter] = [message] });

    public static IResult NotFound(string detail) =>
        Problem(StatusCodes.Status404NotFound, "Not found", detail, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");

    public static IResult Conflict(string detail) =>
        Problem(StatusCodes.Status409Conflict, "Conflict", detail, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10");

    public static IResult From(BotCommandResult result) => result.Outcome switch
    {
        BotCommandOutcome.NotFound => Problem(StatusCodes.Status404NotFound, "Not found", result.Message, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"),
        BotCommandOutcome.Conflict => Problem(StatusCodes.Status409Conflict, "Conflict", result.Message, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10"),
        BotCommandOutcome.Invalid => Validation(result.Errors ?? new Dictionary<string, string[]>()),
        _ => throw new InvalidOperationException($"{result.Outcome} is not a failure."),
    };

    private static ProblemHttpResult Problem(int status, string title, string? detail, string type) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail, Type = type });
}
