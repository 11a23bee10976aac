using Pucha.Inspection.Findings;

namespace Pucha.Inspection.Analysis;

/// <summary>A check that judges one page on its own. Implementations are stateless and thread-safe.</summary>
public interface IPageCheck
{
    IEnumerable<Finding> Check(PageContext page);
}
