namespace Pucha.Inspection.Analysis.Services;

/// <summary>What a 办事指南 page says and lacks, and the links the engine must open to finish judging it.</summary>
/// <param name="Missing">Element categories (<see cref="ServiceGuideElement.Name"/>) not found.</param>
/// <param name="Vague">Vague wording found (其他材料、相关材料 …).</param>
/// <param name="MaterialsWithoutFormat">What the materials section never states: 原件/复印件, 份数, 纸质/电子.</param>
/// <param name="FormsNotDownloadable">Forms the guide mentions (…申请表) with no download link.</param>
/// <param name="FormLinks">Links to forms and attachments, to fetch and check they open.</param>
/// <param name="OnlineSystemLinks">Links to online handling systems (在线办理 …), to check they open.</param>
/// <param name="AttachmentOnly">The page's body is only an attachment (the guide lives in a file).</param>
internal sealed record ServiceGuideAnalysis(
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Vague,
    IReadOnlyList<string> MaterialsWithoutFormat,
    IReadOnlyList<string> FormsNotDownloadable,
    IReadOnlyList<Uri> FormLinks,
    IReadOnlyList<Uri> OnlineSystemLinks,
    bool AttachmentOnly);
