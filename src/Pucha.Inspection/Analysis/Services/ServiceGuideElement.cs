namespace Pucha.Inspection.Analysis.Services;

/// <summary>
/// The ten element categories a 办事指南 must state (2019 indicators), each with the labels that
/// pages use for it. A category is present when one of its labels appears in the guide's text.
/// </summary>
internal sealed record ServiceGuideElement(string Name, IReadOnlyList<string> Labels)
{
    public static IReadOnlyList<ServiceGuideElement> All { get; } =
    [
        new("事项名称", ["事项名称", "服务事项", "办理事项", "审批事项", "项目名称", "事项全称"]),
        new("设定依据", ["设定依据", "法律依据", "法定依据", "办理依据", "实施依据", "政策依据", "依据"]),
        new("申请条件", ["申请条件", "受理条件", "办理条件", "申报条件", "准予条件", "许可条件", "申请人条件"]),
        new("办理材料", ["办理材料", "申请材料", "申报材料", "提交材料", "所需材料", "材料目录", "申请资料", "应提交的材料"]),
        new("办理地点", ["办理地点", "受理地点", "办理地址", "受理地址", "办公地址", "窗口地址", "服务地点"]),
        new("办理机构", ["办理机构", "实施机关", "实施机构", "受理机构", "受理机关", "办理部门", "受理部门", "承办机构", "决定机关", "实施主体"]),
        new("收费标准", ["收费标准", "收费依据", "是否收费", "收费情况", "收费项目", "办理费用", "不收费", "免费"]),
        new("办理时间", ["办理时间", "办理时限", "承诺时限", "法定时限", "承诺期限", "法定期限", "受理时间", "办公时间", "工作时间", "办结时限"]),
        new("联系电话", ["联系电话", "咨询电话", "监督电话", "投诉电话", "咨询方式", "监督投诉", "联系方式", "咨询途径"]),
        new("办理流程", ["办理流程", "办理程序", "办事流程", "审批流程", "办理步骤", "流程图", "受理流程", "办理环节"]),
    ];
}
