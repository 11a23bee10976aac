namespace Pucha.Features.Inspections;

/// <summary>Wakes the in-process runner when a run is queued, so 立即检查 starts at once rather than at the next poll.</summary>
public sealed class InspectionSignal
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Notify()
    {
        // At most one pending wake-up: the runner drains the whole queue each time it wakes.
        if (_queued.CurrentCount == 0)
        {
            try { _queued.Release(); }
            catch (SemaphoreFullException) { }
        }
    }

    /// <summary>Waits for a notification or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);
}
