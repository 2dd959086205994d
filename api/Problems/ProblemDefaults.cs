namespace OrleansTrading.Api.Problems;

/// <summary>
/// Completes every problem the api writes, including those the framework makes (unknown routes, wrong methods,
/// unhandled errors): a problem without <c>detail</c> or <c>error_code</c> gets one from its status, so a client can
/// always show <c>detail</c> and branch on <c>error_code</c>.
/// </summary>
public static class ProblemDefaults
{
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Extensions.TryAdd(ApiProblems.ErrorCodeKey, ApiErrorCodes.ForStatus(status));
        if (string.IsNullOrWhiteSpace(problem.Detail))
        {
            var request = context.HttpContext.Request;
            problem.Detail = status switch
            {
                StatusCodes.Status404NotFound => $"Nothing is served at {request.Method} {request.Path}.",
                StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}.",
                StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
                >= 500 => "An unexpected error occurred; the server logged it.",
                _ => problem.Title ?? "The request failed.",
            };
        }
    }
}
