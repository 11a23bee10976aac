using Pucha.Core.Websites;

namespace Pucha.Features.Census.Desk;

/// <summary>
/// One line of the desk with the official form's columns (序号, 填报人, 时间, 状态, 网站标识码, 省/部, 市, 县,
/// 填报单位, 网站名称, ICP备案编号) and what the caller may do with it.
/// </summary>
public sealed record DeskRow(
    int Number,
    int Id,
    int Version,
    string Filler,
    DateTime Time,
    CensusStatus Status,
    string? SiteCode,
    string ProvinceOrMinistry,
    string City,
    string County,
    string UnitName,
    string Name,
    string IcpNumber,
    string? ReturnReason,
    bool MyTurn,
    bool CanSubmit);
