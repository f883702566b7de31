using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Coach.Api.Infrastructure;

/// <summary>
/// Turns the framework's own bad-request errors (a query value that does not bind, such as
/// <c>top=three</c>) into a 400 problem that says what did not bind, in every environment.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = bad.StatusCode, Title = "Invalid request", Detail = bad.Message },
            Exception = exception,
        });
    }
}
