using Coach.Analysis.Playbook;
using Microsoft.Extensions.Options;

namespace Coach.Api.Infrastructure;

/// <summary>
/// With several instances sharing one edits folder, an admin's change lands on one instance: every
/// <see cref="PlaybookOptions.RefreshSeconds"/> each instance looks at the folder and takes in what others changed,
/// so its snippet list, its in-process index and its advice follow.
/// </summary>
public sealed class PlaybookRefresher(PlaybookStore store, IOptions<PlaybookOptions> options, ILogger<PlaybookRefresher> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RefreshSeconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await store.RefreshAsync(stoppingToken) is > 0 and var count)
                {
                    log.LogPlaybookRefreshed(count);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidDataException
                or SnippetValidationException)
            {
                log.LogPlaybookRefreshFailed(ex.Message);
            }
        }
    }
}
