using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pucha.Authorization;
using Pucha.Features.Census;
using Pucha.Features.Census.Desk;
using Pucha.Features.Census.Excel;

namespace Pucha.Features.Census;

/// <summary>
/// 填报模板 and 导入 (the offline path of 渝府办发〔2015〕52号 附件1): download the official template; upload one
/// or many filled workbooks. Each file is imported on its own by <see cref="RegistryImporter"/> for the
/// caller's unit: all of its sites, or — on any error — none, with every error listed by sheet, row and column.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ImportModel(RegistryImporter importer, CensusDesk desk, AccessScope scope) : PageModel
{
    /// <summary>Most files in one upload.</summary>
    public const int MaxFiles = 10;

    /// <summary>One upload: <see cref="MaxFiles"/> files of the importer's default 20 MB each, and the form around them.</summary>
    public const long MaxRequestBytes = MaxFiles * 20L * 1024 * 1024 + 1024 * 1024;

    public sealed record FileOutcome(string FileName, int Imported, IReadOnlyList<ImportError> Errors);

    public List<FileOutcome> Outcomes { get; } = [];

    public string? Problem { get; private set; }

    public string? UnitName { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellation) =>
        UnitName = (await desk.OrganizerAsync(null, cancellation))?.Name;

    /// <summary>The blank 政府网站基本信息表 / 栏目（系统）基本信息表 template with its 填写说明.</summary>
    public IActionResult OnGetTemplate()
    {
        var buffer = new MemoryStream();
        RegistryWorkbookWriter.Write(buffer, RegistryWorkbookContent.BlankTemplate);
        buffer.Position = 0;
        return File(buffer, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "政府网站基本信息表-填报模板.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(List<IFormFile> files, CancellationToken cancellation)
    {
        var unit = await desk.OrganizerAsync(null, cancellation);
        UnitName = unit?.Name;
        if (unit is null)
        {
            Problem = "您的账号没有所属单位，不能导入。";
            return Page();
        }

        if (files.Count == 0)
            Problem = "请选择要导入的文件（.xlsx 或 .xls）。";
        else if (files.Count > MaxFiles)
            Problem = $"一次最多导入{MaxFiles}个文件，本次选择了{files.Count}个，未导入任何文件。";
        if (Problem is not null)
            return Page();

        foreach (var file in files)
        {
            // The name is the browser's: shown back escaped, and cut to a sane length.
            var name = Path.GetFileName(file.FileName);
            name = name.Length > 100 ? name[..100] : name;
            await using var stream = file.OpenReadStream();
            var result = await importer.ImportAsync(stream, name, unit.Id, cancellation);
            Outcomes.Add(new FileOutcome(name, result.Imported, result.Errors));
        }

        return Page();
    }

    public bool IsOrganizer => !scope.IsReportingUnit;
}
