using Pucha.Core.Websites;

namespace Pucha.Core.Census;

/// <summary>The official Chinese words for the review's states, actions and levels.</summary>
public static class ReviewLabels
{
    public static string Of(ReviewAction action) => action switch
    {
        ReviewAction.Submit => "提交",
        ReviewAction.Approve => "审核通过",
        ReviewAction.Return => "退回",
        ReviewAction.Resubmit => "重新提交",
        ReviewAction.Change => "变更（审核通过后修改）",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static string Of(ReviewLevel level) => level switch
    {
        ReviewLevel.County => "县级",
        ReviewLevel.City => "市级",
        ReviewLevel.Province => "省级",
        ReviewLevel.Ministry => "部委",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
