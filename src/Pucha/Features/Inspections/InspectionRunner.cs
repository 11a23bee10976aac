using Pucha.Data.Inspections;

namespace Pucha.Features.Inspections;

/// <summary>
/// Runs queued inspections in the background, one at a time (an inspection already spreads its own
/// requests; the machine's other work must go on). Woken by <see cref="InspectionSignal"/>, and polls
/// every minute for runs queued by other processes.
/// </summary>
public sealed class InspectionRunner(IServiceScopeFactory scopes, InspectionSignal signal, ILogger<InspectionRunner> logger) : BackgroundService
{
    private static readonly TimeSpan Poll = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                InspectionRun? run;
                do
                {
                    await using var scope = scopes.CreateAsyncScope();
                    run = await scope.ServiceProvider.GetRequiredService<SiteInspectionService>().RunNextAsync(stoppingToken);
                } while (run is not null && !stoppingToken.IsCancellationRequested);
                await signal.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The database may be briefly unavailable: wait and try again rather than stop inspecting for good.
                logger.LogError(e, "Inspection runner failed; retrying in a minute");
                try { await Task.Delay(Poll, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }
}
