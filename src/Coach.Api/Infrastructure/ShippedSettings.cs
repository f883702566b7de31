using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Coach.Api.Infrastructure;

public static class ShippedSettings
{
    /// <summary>
    /// The appsettings files shipped beside the executable, read first. The content root is the folder the
    /// service runs from (where App_Data lives), which is not where <c>dotnet run --project</c> or a
    /// published build keeps its appsettings; without this the shipped settings (log sinks and levels,
    /// limits) would be silently skipped. An appsettings.json in the content root, environment variables
    /// and the command line still override them.
    /// </summary>
    public static WebApplicationBuilder AddShippedSettings(this WebApplicationBuilder builder)
    {
        var folder = AppContext.BaseDirectory;
        if (Path.GetFullPath(folder).TrimEnd('/') == Path.GetFullPath(builder.Environment.ContentRootPath).TrimEnd('/'))
        {
            return builder;
        }

        var files = new PhysicalFileProvider(folder);
        string[] names = ["appsettings.json", $"appsettings.{builder.Environment.EnvironmentName}.json"];
        for (var i = 0; i < names.Length; i++)
        {
            var source = new JsonConfigurationSource { FileProvider = files, Path = names[i], Optional = true, ReloadOnChange = false };
            builder.Configuration.Sources.Insert(i, source);
        }

        // Inserting sources does not rebuild what they hold; reloading does.
        ((IConfigurationRoot)builder.Configuration).Reload();
        return builder;
    }
}
