using Pucha.Data;
using Pucha.Data.Monitoring;

namespace Pucha.Features.Monitoring;

/// <summary>
/// Runs a firing's planned visits on time: sleeps until each slot, then starts the visit without
/// waiting for it, at most <see cref="MonitoringOptions.MaxConcurrentProbes"/> at once in the whole
/// process (all shards share the limit). Each visit gets its own database context (a context is not
/// thread-safe) and is stored insert-or-ignore on its slot. A slot whose time has passed — a firing
/// started late, or recovered from a dead worker — is visited at once: the visit counts for its slot
/// (the rules count visits per day, and a late visit still tells whether the site opens).
/// </summary>
public sealed class ProbeShardRunner(IServiceScopeFactory scopes, HomepageProbe probe, MonitoringOptions options, TimeProvider clock, ILogger<ProbeShardRunner> logger)
    : IDisposable
{
    private readonly SemaphoreSlim _throttle = new(options.MaxConcurrentProbes, options.MaxConcurrentProbes);

    /// <summary>Visits every planned slot; returns how many visits this call stored.</summary>
    public async Task<int> RunAsync(IReadOnlyList<PlannedProbe> probes, CancellationToken cancellationToken)
    {
        var running = new List<Task<bool>>(probes.Count);
        try
        {
            foreach (var planned in probes)
            {
                var wait = planned.Slot.ScheduledUtc - clock.GetUtcNow().UtcDateTime;
                if (wait > TimeSpan.Zero)
                    await Task.Delay(wait, clock, cancellationToken);
                await _throttle.WaitAsync(cancellationToken);
                running.Add(VisitAsync(planned, cancellationToken));
            }
        }
        finally
        {
            // Visits already started finish (or see the cancellation) before the firing ends.
            await ((Task)Task.WhenAll(running)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        return running.Count(t => t.IsCompletedSuccessfully && t.Result);
    }

    private async Task<bool> VisitAsync(PlannedProbe planned, CancellationToken cancellationToken)
    {
        try
        {
            var visit = await probe.VisitAsync(planned.Slot, planned.HomepageUrl, cancellationToken);
            await using var scope = scopes.CreateAsyncScope();
            var stored = await new MonitoringStore(scope.ServiceProvider.GetRequiredService<PuchaDbContext>()).RecordVisitAsync(visit, cancellationToken);
            if (stored)
                logger.LogDebug("Probe {Slot} recorded: {Ok} {Status} {Reason}", planned.Slot.Key, visit.Ok, visit.StatusCode, visit.Reason);
            else
                logger.LogInformation("Probe {Slot} was already recorded by another worker", planned.Slot.Key);
            return stored;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The slot stays unrecorded: it shows as a missing visit of its day, never as a success.
            logger.LogWarning(e, "Probe {Slot} could not be recorded", planned.Slot.Key);
            return false;
        }
        finally
        {
            _throttle.Release();
        }
    }

    public void Dispose() => _throttle.Dispose();
}
