namespace Pucha.Data.Inspections;

/// <summary>Why a run was started. Stored as its number: append new values, never renumber.</summary>
public enum InspectionTrigger
{
    /// <summary>立即检查: an organizer pressed the button on the site.</summary>
    Manual = 1,

    /// <summary>每周全面检查: the weekly job found the site due.</summary>
    Weekly = 2,
}
