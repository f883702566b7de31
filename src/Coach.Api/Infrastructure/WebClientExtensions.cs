using Microsoft.Extensions.FileProviders;

namespace Coach.Api.Infrastructure;

public static class WebClientExtensions
{
    /// <summary>Paths that belong to the service, never to the web client's routes.</summary>
    private static readonly string[] ServicePrefixes = ["/api", "/hubs", "/health"];

    /// <summary>
    /// Serves the web client built into <c>wwwroot</c> beside the binaries (not the content root, which is the
    /// folder the service runs from; see <see cref="ShippedSettings"/>): its files, <c>index.html</c> at <c>/</c>, and
    /// <c>index.html</c> for client routes that are not <c>/api</c>, <c>/hubs</c> or <c>/health</c>.
    /// Without a built client (built with <c>-p:SkipWebClient=true</c> from a clean tree) nothing is mapped.
    /// </summary>
    public static WebApplication MapCoachWebClient(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            app.Logger.LogWebClientMissing(root);
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.MapFallback(async context =>
        {
            var path = context.Request.Path;
            if (ServicePrefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) ||
                !HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("index.html"));
        });
        return app;
    }
}
