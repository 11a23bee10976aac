namespace Pucha.Core.Census;

/// <summary>
/// The organizers a site's record passes through, lowest first: e.g. 县 → 市 → 省 for a county
/// department's site, just the ministry for a State Council department. The last step is the one
/// that approves finally and issues the 网站标识码, so it must be a province or a ministry.
/// </summary>
public sealed class ReviewRoute
{
    private readonly ReviewStep[] _steps;

    public ReviewRoute(IEnumerable<ReviewStep> steps)
    {
        _steps = steps.ToArray();
        if (_steps.Length == 0)
        {
            throw new ArgumentException("审核路径不能为空。", nameof(steps));
        }

        for (var i = 1; i < _steps.Length; i++)
        {
            if (_steps[i].Level <= _steps[i - 1].Level)
            {
                throw new ArgumentException("审核路径须由低到高逐级排列。", nameof(steps));
            }
        }

        if (_steps[^1].Level is not (ReviewLevel.Province or ReviewLevel.Ministry))
        {
            throw new ArgumentException("审核路径的最后一级须为省级或部委组织单位。", nameof(steps));
        }
    }

    public IReadOnlyList<ReviewStep> Steps => _steps;

    public int Count => _steps.Length;

    public ReviewStep this[int index] => _steps[index];

    public bool IsFinal(int index) => index == _steps.Length - 1;

    /// <summary>The position of an organizer on the route, or -1.</summary>
    public int IndexOf(int organizationId) => Array.FindIndex(_steps, s => s.OrganizationId == organizationId);
}
