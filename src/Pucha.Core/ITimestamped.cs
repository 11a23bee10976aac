namespace Pucha.Core;

/// <summary>A record whose creation and last change times (UTC) are stamped in one place, the data context's save.</summary>
public interface ITimestamped
{
    DateTime CreatedAt { get; set; }

    DateTime UpdatedAt { get; set; }
}
