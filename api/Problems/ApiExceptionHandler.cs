using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace OrleansTrading.Api.Problems;

/// <summary>
/// Turns unreadable requests (malformed JSON, missing body) into 400 ProblemDetails that say what was wrong and where,
/// a JSON value of the wrong type into a 422 naming the field, and anything else into a 500 that reveals nothing
/// internal.
/// </summary>
public sealed partial class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem;
        if (exception is BadHttpRequestException { InnerException: JsonException json } && JsonFieldErrors.Describe(json) is var (field, message))
        {
            // Well-formed JSON with a value of the wrong type is an invalid field like any other (the seed's Pydantic
            // stack answers 422 too), so it gets the validation body with the field named.
            problem = ApiProblems.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
        }
        else if (exception is BadHttpRequestException badRequest)
        {
            problem = new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = "The request could not be read.",
                Detail = Describe(badRequest),
                Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
            };
        }
        else
        {
            LogUnhandled(logger, httpContext.Request.Method, httpContext.Request.Path, exception);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "An unexpected error occurred.",
                Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
            };
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static string Describe(BadHttpRequestException exception) => exception.InnerException switch
    {
        // A JSON value of the wrong type (e.g. "capital": "abc") still parses as JSON; say which field it was.
        JsonException { Path: { Length: > 0 } path } => $"Malformed JSON near {path}.",
        JsonException => "Malformed JSON.",
        _ when exception.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal) => "A JSON request body is required.",
        _ => exception.Message,
    };

    [LoggerMessage(EventId = 3000, Level = LogLevel.Error, Message = "Unhandled error for {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, string method, PathString path, Exception exception);
}
