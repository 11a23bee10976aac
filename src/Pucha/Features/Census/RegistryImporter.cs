using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pucha.Core;
using Pucha.Core.Columns;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Census;
using Pucha.Data.Organizations;
using Pucha.Features.Census.Excel;

namespace Pucha.Features.Census;

/// <summary>
/// Imports a filled-in registry workbook for an organizer (渝府办发〔2015〕52号 附件1 二(三)「导入」): reads it
/// within <see cref="ImportLimits"/>, checks the layout, validates every cell with the platform's
/// <see cref="WebsiteValidator"/> and <see cref="ColumnCells"/>, checks that each 网站主管单位 is a
/// unit in the organizer's subtree and that no 首页网址 is already registered, and only when nothing
/// at all is wrong saves every site (状态 未提交) in one transaction.
/// </summary>
public sealed class RegistryImporter(PuchaDbContext context, ImportLimits limits, TimeProvider clock)
{
    private static readonly Dictionary<string, WebsiteType> TypesByLabel =
        Enum.GetValues<WebsiteType>().ToDictionary(WebsiteLabels.Of, t => t, StringComparer.Ordinal);

    public async Task<RegistryImportResult> ImportAsync(Stream file, string fileName, int organizerId, CancellationToken cancellationToken = default)
    {
        ParsedWorkbook parsed;
        try
        {
            var bytes = WorkbookFile.ReadBounded(file, limits);
            var sheets = WorkbookFile.Classify(bytes) == ExcelFileKind.Xlsx
                ? XlsxGridReader.Read(bytes, limits)
                : XlsGridReader.Read(bytes, limits);
            parsed = RegistryWorkbookParser.Parse(sheets, limits);
        }
        catch (WorkbookRejectedException e)
        {
            return new RegistryImportResult(0, [ImportError.File(e.Message)]);
        }

        if (parsed.Errors.Count > 0)
        {
            return new RegistryImportResult(0, parsed.Errors);
        }

        var organizer = await context.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == organizerId, cancellationToken);
        if (organizer is null)
        {
            return new RegistryImportResult(0, [ImportError.File("导入单位不存在。")]);
        }

        var errors = new ErrorList(limits.MaxErrors);
        var websites = await BuildAsync(parsed, organizer, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return new RegistryImportResult(0, errors.Items);
        }

        var refusal = await RegistryImportStore.SaveAsync(context, organizer, websites, fileName, cancellationToken);
        return refusal is null
            ? new RegistryImportResult(websites.Count, [])
            : new RegistryImportResult(0, [ImportError.File(refusal)]);
    }

    private async Task<List<Website>> BuildAsync(ParsedWorkbook parsed, Organization organizer, ErrorList errors, CancellationToken cancellationToken)
    {
        var today = BeijingTime.DateOf(clock.GetUtcNow());
        var signature = parsed.Signature;
        var filledOn = ParseDate(signature.FilledOn);
        var units = (await context.Organizations.AsNoTracking().WithinSubtree(organizer.Path)
                .Select(o => new { o.Id, o.Name, o.Path, o.RegionCode })
                .ToListAsync(cancellationToken))
            .ToLookup(o => o.Name.Trim(), StringComparer.Ordinal);
        var websites = new List<Website>(parsed.Sites.Count);
        foreach (var site in parsed.Sites)
        {
            websites.Add(ToWebsite(site, signature, filledOn));
        }

        var registered = await RegisteredAsync(websites, cancellationToken);
        var signatureReported = false;
        for (var index = 0; index < websites.Count; index++)
        {
            var site = parsed.Sites[index];
            var website = websites[index];
            var fieldErrors = WebsiteValidator.Validate(website, today);
            foreach (var (field, message) in fieldErrors.Errors)
            {
                if (Enum.TryParse<RegistryField>(field, out var registryField))
                {
                    errors.Add(new ImportError(RegistryLayout.BasicSheet, site.Row, RegistryLayout.ByField[registryField].Display, message));
                }
                else if (!signatureReported)
                {
                    // 单位负责人 … 填报日期 are one block for the whole sheet: report them once, where they are.
                    errors.Add(new ImportError(RegistryLayout.BasicSheet, parsed.SignatureRow, SignatureColumn(field),
                        field == nameof(Website.FilledOn) && signature.FilledOn.Length > 0 && filledOn is null
                            ? "填报日期格式不正确，例如 2015-04-20 或 2015年4月20日。"
                            : message));
                }
            }

            signatureReported |= fieldErrors.Errors.Keys.Any(k => !Enum.TryParse<RegistryField>(k, out _));

            if (site[RegistryField.SiteCode].Length > 0)
            {
                errors.Add(new ImportError(RegistryLayout.BasicSheet, site.Row, RegistryLayout.ByField[RegistryField.SiteCode].Display,
                    "网站标识码由系统在审核通过后生成，导入时请留空。"));
            }

            if (website.NormalizedHomepageUrl.Length > 0 && registered.TryGetValue(website.NormalizedHomepageUrl, out var existing))
            {
                errors.Add(new ImportError(RegistryLayout.BasicSheet, site.Row, RegistryLayout.ByField[RegistryField.HomepageUrl].Display,
                    $"该首页网址已在系统中登记（网站名称：{RegistryWorkbookParser.Shorten(existing)}），不能重复导入。"));
            }

            var supervisor = website.SupervisingUnit.Trim();
            var matches = units[supervisor].ToList();
            if (supervisor.Length > 0 && matches.Count == 0)
            {
                errors.Add(new ImportError(RegistryLayout.BasicSheet, site.Row, RegistryLayout.ByField[RegistryField.SupervisingUnit].Display,
                    $"网站主管单位“{RegistryWorkbookParser.Shorten(supervisor)}”不是“{organizer.Name}”或其下级单位，不能由本单位导入。请核对单位名称，或由该单位的上级组织单位导入。"));
            }
            else if (matches.Count > 1)
            {
                errors.Add(new ImportError(RegistryLayout.BasicSheet, site.Row, RegistryLayout.ByField[RegistryField.SupervisingUnit].Display,
                    $"本单位管辖范围内有{matches.Count}个名为“{RegistryWorkbookParser.Shorten(supervisor)}”的单位，无法确定归属，请联系管理员区分单位名称。"));
            }
            else if (matches.Count == 1)
            {
                website.OrganizationId = matches[0].Id;
                website.OrganizationPath = matches[0].Path;
                website.RegionCode = matches[0].RegionCode;
            }

            AddColumns(site, website, errors);
        }

        return websites;
    }

    private static Website ToWebsite(RegistryRecord site, RegistrySignature signature, DateOnly? filledOn)
    {
        var url = site[RegistryField.HomepageUrl];
        return new Website
        {
            DepartmentOrRegion = site[RegistryField.DepartmentOrRegion],
            Name = site[RegistryField.Name],
            IcpNumber = site[RegistryField.IcpNumber],
            HomepageUrl = url,
            NormalizedHomepageUrl = HomepageUrls.TryNormalize(url) ?? "",
            SupervisingUnit = site[RegistryField.SupervisingUnit],
            OfficeAddress = site[RegistryField.OfficeAddress],
            ManagerName = site[RegistryField.ManagerName],
            ManagerTitle = site[RegistryField.ManagerTitle],
            ManagerOfficePhone = site[RegistryField.ManagerOfficePhone],
            ManagerMobile = site[RegistryField.ManagerMobile],
            ManagerEmail = site[RegistryField.ManagerEmail],
            ContactName = site[RegistryField.ContactName],
            ContactOfficePhone = site[RegistryField.ContactOfficePhone],
            ContactMobile = site[RegistryField.ContactMobile],
            ContactEmail = site[RegistryField.ContactEmail],
            Sponsor = site[RegistryField.Sponsor],
            WebsiteType = ParseType(site[RegistryField.WebsiteType]),
            PublicSecurityRecordNumber = site[RegistryField.PublicSecurityRecordNumber],
            SignatoryHead = signature.Head,
            SignatoryReviewer = signature.Reviewer,
            SignatoryFiller = signature.Filler,
            SignatoryPhone = signature.Phone,
            FilledOn = filledOn,
            Status = CensusStatus.NotSubmitted,
        };
    }

    private static void AddColumns(RegistryRecord site, Website website, ErrorList errors)
    {
        for (var k = 0; k < ColumnKinds.All.Count; k++)
        {
            var kind = ColumnKinds.All[k];
            var result = ColumnCells.Parse(kind, site.ColumnNames[k], site.ColumnAddresses[k]);
            if (!result.IsValid)
            {
                // Rows of a block: 首页网址, header, then one per kind.
                errors.Add(new ImportError(RegistryLayout.ColumnsSheet, site.BlockRow + 2 + k, "C、D列", result.Error!));
                continue;
            }

            for (var i = 0; i < result.Entries.Count; i++)
            {
                website.Columns.Add(new WebsiteColumn { Kind = kind, Position = i, Name = result.Entries[i].Name, Url = result.Entries[i].Url });
            }
        }
    }

    /// <summary>Normalized homepage → name, for the file's addresses already in the registry.</summary>
    private async Task<Dictionary<string, string>> RegisteredAsync(List<Website> websites, CancellationToken cancellationToken)
    {
        var keys = websites.Select(w => w.NormalizedHomepageUrl).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
        {
            var rows = await context.Websites.AsNoTracking().Where(w => chunk.Contains(w.NormalizedHomepageUrl))
                .Select(w => new { w.NormalizedHomepageUrl, w.Name }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                found[row.NormalizedHomepageUrl] = row.Name;
            }
        }

        return found;
    }

    private static WebsiteType? ParseType(string text) => TypesByLabel.TryGetValue(text.Trim(), out var type) ? type : null;

    /// <summary>2015-04-20, 2015/4/20, 2015.4.20, 2015年4月20日, or an Excel date serial number.</summary>
    internal static DateOnly? ParseDate(string text)
    {
        var value = text.Trim();
        string[] formats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd"];
        if (DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // A date typed into a general cell is stored as days since 1899-12-30.
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var serial) && serial is > 30_000 and < 80_000)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(serial));
        }

        return null;
    }

    private static string SignatureColumn(string field)
    {
        var index = field switch
        {
            nameof(Website.SignatoryHead) => 0,
            nameof(Website.SignatoryReviewer) => 1,
            nameof(Website.SignatoryFiller) => 2,
            nameof(Website.SignatoryPhone) => 3,
            _ => 4,
        };
        var (label, column) = RegistryLayout.Signatures[index];
        return $"{RegistryLayout.ColumnLetter(column + 1)}列（{label.TrimEnd('：')}）";
    }
}
