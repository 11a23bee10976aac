namespace Pucha.Data.Inspections;

/// <summary>Where an inspection run is. Stored as its number: append new values, never renumber.</summary>
public enum InspectionRunStatus
{
    /// <summary>排队中: waiting for a runner to claim it.</summary>
    Queued = 0,

    /// <summary>检查中.</summary>
    Running = 1,

    /// <summary>已完成 (whatever it found, including an unreachable homepage).</summary>
    Completed = 2,

    /// <summary>检查失败: the engine could not run (refused address, bad URL, time limit).</summary>
    Failed = 3,
}
