using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pucha.Core;
using Pucha.Core.Organizations;
using Pucha.Data;
using Pucha.Features.Census.Excel;
using Pucha.Hosting;

namespace Pucha.Features.Census;

/// <summary>
/// `pucha import registry FILE --org CODE` and `pucha export registry --org CODE --output FILE`:
/// the registry workbook from the command line, for organizers who work in batches and for scripts.
/// </summary>
public static class CensusCommands
{

    private static readonly Option<string> OrganizationOption = new("--org")
    {
        Description = "组织单位：单位编号、行政区划代码（6位，如430103）、部门代码（bm+2位，如bm07）或单位全称",
        Required = true,
    };

    private static readonly Option<string?> DatabaseOption = new("--db")
    {
        Description = "数据库：PostgreSQL 连接字符串（Host=…）或 SQLite 文件路径；默认读取环境变量 PUCHA_DB，再默认 ./data/pucha.db",
    };

    public static Command Import()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "填写好的导入模板（.xlsx 或 .xls）" };
        var registry = new Command("registry", "导入政府网站基本信息表和栏目（系统）基本信息表；有任何错误则不导入任何数据");
        registry.Arguments.Add(file);
        registry.Options.Add(OrganizationOption);
        registry.Options.Add(DatabaseOption);
        registry.SetAction((parse, cancellation) => WithOrganizerAsync(parse, cancellation, async (context, organizer) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"文件不存在：{path.FullName}");
                return 2;
            }

            await using var stream = path.OpenRead();
            var result = await new RegistryImporter(context, new ImportLimits(), TimeProvider.System)
                .ImportAsync(stream, path.Name, organizer.Id, cancellation);
            if (result.Succeeded)
            {
                Console.WriteLine($"已导入 {result.Imported} 个网站（状态：未提交）。");
                return 0;
            }

            Console.WriteLine($"导入失败，未导入任何数据。共发现 {result.Errors.Count} 处错误：");
            foreach (var error in result.Errors)
            {
                Console.WriteLine(error.ToString());
            }

            return 1;
        }));

        var command = new Command("import", "导入数据");
        command.Subcommands.Add(registry);
        return command;
    }

    public static Command Export()
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = "输出的 .xlsx 文件", Required = true };
        var registry = new Command("registry", "导出上报表：本单位及下级单位的政府网站基本信息表和栏目（系统）基本信息表，供打印签字盖章");
        registry.Options.Add(OrganizationOption);
        registry.Options.Add(output);
        registry.Options.Add(DatabaseOption);
        registry.SetAction((parse, cancellation) => WithOrganizerAsync(parse, cancellation, async (context, organizer) =>
        {
            var path = parse.GetValue(output)!;
            var temporary = path.FullName + ".tmp";
            int? count;
            await using (var stream = File.Create(temporary))
            {
                var today = BeijingTime.DateOf(DateTimeOffset.UtcNow);
                count = await new RegistryExporter(context).ExportAsync(organizer.Id, stream, today, cancellation);
            }

            // Written aside and moved into place: a failed export never leaves half a file under the real name.
            File.Move(temporary, path.FullName, overwrite: true);
            Console.WriteLine($"已导出“{organizer.Name}”的上报表：{count} 个网站，文件 {path.FullName}");
            return 0;
        }));

        var command = new Command("export", "导出数据");
        command.Subcommands.Add(registry);
        return command;
    }

    /// <summary>Opens the database and finds the --org organizer, then runs the command; exit 2 when there is none.</summary>
    private static async Task<int> WithOrganizerAsync(
        ParseResult parse, CancellationToken cancellation, Func<PuchaDbContext, Organization, Task<int>> run)
    {
        await using var context = await OpenAsync(parse, cancellation);
        var organizer = await FindOrganizerAsync(context, parse.GetValue(OrganizationOption)!, cancellation);
        return organizer is null ? 2 : await run(context, organizer);
    }

    private static async Task<PuchaDbContext> OpenAsync(ParseResult parse, CancellationToken cancellation)
    {
        var connectionString = PlatformOptions.ConnectionStringFrom(
            parse.GetValue(DatabaseOption) ?? Environment.GetEnvironmentVariable(PlatformOptions.DatabaseVariable));
        var context = new PuchaDbContext(PuchaDbContextOptions.Create(connectionString));
        await PuchaDatabase.MigrateAsync(context, cancellation);
        return context;
    }

    /// <summary>The organizer named by --org, or null after printing why not.</summary>
    internal static async Task<Organization?> FindOrganizerAsync(PuchaDbContext context, string code, CancellationToken cancellation)
    {
        var text = code.Trim();
        var organizations = context.Organizations.AsNoTracking().Where(o => o.Kind != OrganizationKind.ReportingUnit);
        List<Organization> found;
        if (text.Length == 6 && text.All(char.IsAsciiDigit))
        {
            found = await organizations.Where(o => o.RegionCode == text && o.Kind != OrganizationKind.ProvincialVerticalDepartment).ToListAsync(cancellation);
        }
        else if (text.Length == 4 && text.StartsWith("bm", StringComparison.Ordinal))
        {
            var department = text[2..];
            found = await organizations.Where(o => o.DepartmentCode == department && o.Kind == OrganizationKind.MinistryOffice).ToListAsync(cancellation);
        }
        else if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            found = await organizations.Where(o => o.Id == id).ToListAsync(cancellation);
        }
        else
        {
            found = await organizations.Where(o => o.Name == text).ToListAsync(cancellation);
        }

        if (found.Count == 1)
        {
            return found[0];
        }

        await Console.Error.WriteLineAsync(found.Count == 0
            ? $"找不到组织单位“{text}”。"
            : $"“{text}”对应{found.Count}个组织单位，请改用单位编号。");
        return null;
    }
}
