using Pucha.Core.Audit;
using Pucha.Core.Websites;

namespace Pucha.Core.Columns;

/// <summary>
/// One column (system) of a website, one name/address pair of a 附件4 row. A row written '无' has
/// no WebsiteColumn; several columns of one kind keep their order in <see cref="Position"/>.
/// </summary>
public sealed class WebsiteColumn : IAuditable
{
    public int Id { get; set; }

    public int WebsiteId { get; set; }

    public Website? Website { get; set; }

    public ColumnKind Kind { get; set; }

    /// <summary>0-based order within the kind, as the '；'-separated cell listed them.</summary>
    public int Position { get; set; }

    /// <summary>栏目（系统）名称.</summary>
    public string Name { get; set; } = "";

    /// <summary>栏目（系统）地址: an absolute http(s) URL.</summary>
    public string Url { get; set; } = "";

    string? IAuditable.AuditOrganizationPath => Website?.OrganizationPath;
}
