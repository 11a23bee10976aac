using Microsoft.EntityFrameworkCore;
using Pucha.Features.Census.Excel;
using Pucha.Core.Columns;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Organizations;

namespace Pucha.Features.Census;

/// <summary>
/// 导出上报表 (渝府办发〔2015〕52号 附件1 二(五)): the registry of an organizer's subtree as the official tables —
/// 政府网站基本信息表 with 填表单位 and the signature block to sign and stamp, and the 栏目表 with one
/// block per site — ready to print.
/// </summary>
public sealed class RegistryExporter(PuchaDbContext context)
{
    /// <summary>Writes the workbook to <paramref name="output"/>; returns the number of sites, or null when the organizer does not exist.</summary>
    public async Task<int?> ExportAsync(int organizerId, Stream output, DateOnly today, CancellationToken cancellationToken = default)
    {
        var organizer = await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizerId, cancellationToken);
        if (organizer is null)
        {
            return null;
        }

        return await ExportAsync(context.Websites.AsNoTracking().WithinSubtree(organizer.Path), organizer.Name, output, today, cancellationToken);
    }

    /// <summary>
    /// Writes <paramref name="websites"/> (the review desk's filtered list, say) as the 上报表 of
    /// <paramref name="fillingUnit"/>; returns the number of sites.
    /// </summary>
    public async Task<int> ExportAsync(IQueryable<Website> websites, string fillingUnit, Stream output, DateOnly today, CancellationToken cancellationToken = default)
    {
        var rows = await websites
            .OrderBy(w => w.OrganizationPath).ThenBy(w => w.Id)
            .Include(w => w.Columns)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var records = rows.Select(ToRecord).ToList();
        var signature = RegistrySignature.Blank with { FilledOn = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        RegistryWorkbookWriter.Write(output, new RegistryWorkbookContent(fillingUnit, records, signature));
        return records.Count;
    }

    internal static RegistryRecord ToRecord(Website website)
    {
        var record = new RegistryRecord();
        record[RegistryField.DepartmentOrRegion] = website.DepartmentOrRegion;
        record[RegistryField.Name] = website.Name;
        record[RegistryField.IcpNumber] = website.IcpNumber;
        record[RegistryField.HomepageUrl] = website.HomepageUrl;
        record[RegistryField.SupervisingUnit] = website.SupervisingUnit;
        record[RegistryField.OfficeAddress] = website.OfficeAddress;
        record[RegistryField.ManagerName] = website.ManagerName;
        record[RegistryField.ManagerTitle] = website.ManagerTitle;
        record[RegistryField.ManagerOfficePhone] = website.ManagerOfficePhone;
        record[RegistryField.ManagerMobile] = website.ManagerMobile;
        record[RegistryField.ManagerEmail] = website.ManagerEmail;
        record[RegistryField.ContactName] = website.ContactName;
        record[RegistryField.ContactOfficePhone] = website.ContactOfficePhone;
        record[RegistryField.ContactMobile] = website.ContactMobile;
        record[RegistryField.ContactEmail] = website.ContactEmail;
        record[RegistryField.Sponsor] = website.Sponsor;
        record[RegistryField.WebsiteType] = website.WebsiteType is { } type ? WebsiteLabels.Of(type) : "";
        record[RegistryField.PublicSecurityRecordNumber] = website.PublicSecurityRecordNumber;
        record[RegistryField.SiteCode] = website.SiteCode ?? "";
        var byKind = website.Columns.ToLookup(c => c.Kind);
        for (var k = 0; k < ColumnKinds.All.Count; k++)
        {
            var (names, addresses) = ColumnCells.Format(byKind[ColumnKinds.All[k]].OrderBy(c => c.Position).Select(c => new ColumnEntry(c.Name, c.Url)));
            record.ColumnNames[k] = names;
            record.ColumnAddresses[k] = addresses;
        }

        return record;
    }
}
