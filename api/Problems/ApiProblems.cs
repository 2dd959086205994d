using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OrleansTrading.GrainInterfaces.Bots;

namespace OrleansTrading.Api.Problems;

/// <summary>
/// RFC 9457 problem responses for the domain's refusals (404, 409, 422). Every one carries a human <c>detail</c> and a
/// stable <c>error_code</c> (<see cref="ApiErrorCodes"/>), the structured error of seed 002 §15.3.
/// </summary>
public static class ApiProblems
{
    public const string ErrorCodeKey = "error_code";

    public static IResult Validation(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.Problem(ValidationProblem(errors));

    /// <summary>The 422 body: <c>errors</c> keyed by field, and a <c>detail</c> that reads alone (the first message, and how many more).</summary>
    public static HttpValidationProblemDetails ValidationProblem(IReadOnlyDictionary<string, string[]> errors)
    {
        var problem = new HttpValidationProblemDetails(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "One or more fields are invalid.",
            Detail = ValidationDetail(errors),
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        };
        problem.Extensions[ErrorCodeKey] = ApiErrorCodes.ValidationFailed;
        return problem;
    }

    /// <summary>A 422 naming the one query or body parameter that was wrong.</summary>
    public static IResult Invalid(string parameter, string message) =>
        Validation(new Dictionary<string, string[]> { [parameter] = [message] });

    public static IResult NotFound(string detail, string errorCode) =>
        Problem(StatusCodes.Status404NotFound, "Not found", detail, errorCode, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");

    public static IResult Conflict(string detail, string errorCode) =>
        Problem(StatusCodes.Status409Conflict, "Conflict", detail, errorCode, "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10");

    public static IResult From(BotCommandResult result) => result.Outcome switch
    {
        BotCommandOutcome.NotFound => NotFound(result.Message ?? "The bot was not found.", result.ErrorCode ?? BotErrorCodes.NotFound),
        BotCommandOutcome.Conflict => Conflict(result.Message ?? "The bot cannot do that in its current state.", result.ErrorCode ?? BotErrorCodes.IllegalTransition),
        BotCommandOutcome.Invalid => Validation(result.Errors ?? new Dictionary<string, string[]>()),
        _ => throw new InvalidOperationException($"{result.Outcome} is not a failure."),
    };

    private static string ValidationDetail(IReadOnlyDictionary<string, string[]> errors)
    {
        var first = errors.SelectMany(e => e.Value.Select(message => (Field: e.Key, Message: message))).FirstOrDefault();
        if (first.Message is null)
        {
            return "The request is invalid.";
        }
        var others = errors.Sum(e => e.Value.Length) - 1;
        var lead = first.Message.Contains(first.Field, StringComparison.Ordinal) ? first.Message : $"{first.Field}: {first.Message}";
        return others == 0 ? lead : $"{lead} ({others} more {(others == 1 ? "error" : "errors")} in 'errors')";
    }

    private static ProblemHttpResult Problem(int status, string title, string detail, string errorCode, string type)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = type };
        problem.Extensions[ErrorCodeKey] = errorCode;
        return TypedResults.Problem(problem);
    }
}
