using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Coach.Api.Infrastructure;

/// <summary>
/// A request that failed because the database is unreachable answers 503 with a Retry-After, not 500: the request
/// was fine and will work again once the database is back. Sign-in cookies re-read the user on every request, so
/// this covers every signed-in request too.
/// </summary>
public sealed class DatabaseUnavailableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseFailures.IsUnreachable(exception))
        {
            return false;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Database unavailable",
                Detail = $"The database is unreachable, so this request could not be completed. Try again in {RetryAfterSeconds} seconds.",
            },
            Exception = exception,
        });
    }
}
