using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Pucha.Core.Audit;
using Pucha.Core.Columns;
using Pucha.Core.Organizations;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Organizations;
using Pucha.Data.Websites;
using Pucha.Features.Census;
using Pucha.Features.Census.Excel;
using Pucha.Testing;

namespace Pucha.Tests.Census;

/// <summary>Import into a real SQLite database: all or nothing, every error listed, and the export reads back.</summary>
public sealed class RegistryImportTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;
    private Organization _county = null!;
    private Organization _otherCounty = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await using var context = _database.CreateContext();
        var registry = new OrganizationStore(context);
        var root = await registry.CreateOrFailAsync(new Organization { Name = "国务院办公厅", Kind = OrganizationKind.StateCouncilOffice });
        var province = await registry.CreateOrFailAsync(new Organization
        {
            Name = "湖南省人民政府办公厅", Kind = OrganizationKind.ProvincialGovernmentOffice, ParentId = root.Id, RegionCode = "430000",
        });
        var city = await registry.CreateOrFailAsync(new Organization
        {
            Name = "长沙市人民政府办公厅", Kind = OrganizationKind.CityGovernmentOffice, ParentId = province.Id, RegionCode = "430100",
        });
        _county = await registry.CreateOrFailAsync(new Organization
        {
            Name = "长沙市天心区人民政府办公室", Kind = OrganizationKind.CountyGovernmentOffice, ParentId = city.Id, RegionCode = "430103",
        });
        _otherCounty = await registry.CreateOrFailAsync(new Organization
        {
            Name = "长沙市岳麓区人民政府办公室", Kind = OrganizationKind.CountyGovernmentOffice, ParentId = city.Id, RegionCode = "430104",
        });
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Imported_sites_are_found_by_name_searches_of_every_length_exactly_like_sites_saved_one_by_one()
    {
        string[] names = ["天心区教育局网站", "局", "ABC政务公开", "天心区测试网站12", "教育"];
        var imported = names.Select((name, i) =>
        {
            var site = RegistryFixtures.Site(i + 1);
            site[RegistryField.Name] = name;
            return site;
        }).ToArray();
        Assert.True((await ImportAsync(RegistryFixtures.Workbook(imported))).Succeeded);

        // The same names saved one by one, through the per-row triggers.
        await using (var context = _database.CreateContext())
        {
            for (var i = 0; i < names.Length; i++)
            {
                var site = Pucha.Testing.SampleData.ValidWebsite(100 + i, _county.Id, _county.Path);
                site.Name = names[i];
                context.Websites.Add(site);
                await context.SaveChangesAsync();
            }
        }

        await using var db = _database.CreateContext();
        var byId = await db.Websites.ToDictionaryAsync(w => w.Id, w => (w.Name, Imported: w.HomepageUrl.Contains("tianxin.gov.cn", StringComparison.Ordinal)));
        Assert.Equal(names.Length, byId.Values.Count(v => v.Imported));
        foreach (var term in new[] { "局", "教", "A", "c", "教育", "政务", "网站", "ab", "天心区", "教育局网站", "abc政务", "测试网站1" })
        {
            var ids = term.Length >= WebsiteQueries.SqliteIndexedSearchLength
                ? await db.Database.SqlQueryRaw<int>("SELECT rowid AS \"Value\" FROM \"WebsiteSearch\" WHERE \"WebsiteSearch\" MATCH {0}", $"Name : \"{term}\"").ToListAsync()
                : await WebsiteQueries.SqliteShortNameMatches(db, term)!.ToListAsync();
            var found = ids.Select(id => byId[id]).ToList();
            var fromImport = found.Where(f => f.Imported).Select(f => f.Name).Order().ToList();
            var oneByOne = found.Where(f => !f.Imported).Select(f => f.Name).Order().ToList();
            Assert.True(fromImport.Count > 0, term);
            Assert.Equal(oneByOne, fromImport);
        }

        // The full-text index agrees with its table, and the per-row triggers are back for the next site.
        await db.Database.ExecuteSqlRawAsync("INSERT INTO \"WebsiteSearch\" (\"WebsiteSearch\") VALUES ('integrity-check')");
        var triggers = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger'").ToListAsync();
        Assert.Contains("Websites_search_insert", triggers);
        Assert.Contains("Websites_grams_insert", triggers);
    }

    private async Task<RegistryImportResult> ImportAsync(byte[] file, Organization? organizer = null)
    {
        await using var context = _database.CreateContext();
        return await new RegistryImporter(context, new ImportLimits(), TimeProvider.System)
            .ImportAsync(new MemoryStream(file), "天心区.xlsx", (organizer ?? _county).Id);
    }

    private async Task<int> CountAsync()
    {
        await using var context = _database.CreateContext();
        return await context.Websites.CountAsync();
    }

    [Fact]
    public async Task Valid_workbook_imports_every_site_with_its_columns()
    {
        var result = await ImportAsync(RegistryFixtures.Workbook(RegistryFixtures.Site(1), RegistryFixtures.Site(2)));

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Imported);
        await using var context = _database.CreateContext();
        var websites = await context.Websites.Include(w => w.Columns).OrderBy(w => w.Id).ToListAsync();
        Assert.All(websites, w =>
        {
            Assert.Equal(CensusStatus.NotSubmitted, w.Status);
            Assert.Equal(_county.Id, w.OrganizationId);
            Assert.Equal("430103", w.RegionCode);
            Assert.Equal(WebsiteType.Department, w.WebsiteType);
            Assert.Equal("王五", w.SignatoryHead);
            Assert.Equal(new DateOnly(2015, 4, 20), w.FilledOn);
            Assert.Equal(13, w.Columns.Count); // 14 kinds, 信息公开类·其他 is 无
            Assert.DoesNotContain(w.Columns, c => c.Kind == ColumnKind.DisclosureOther);
        });
        Assert.Equal("http://site2.tianxin.gov.cn/", websites[1].NormalizedHomepageUrl);
        // One 导入 entry for the batch, not one 新增 per site.
        var audit = Assert.Single(await context.AuditEntries.Where(a => a.EntityType == nameof(Website)).ToListAsync());
        Assert.Equal(AuditAction.Import, audit.Action);
    }

    [Fact]
    public async Task Any_error_imports_nothing_and_every_error_is_listed_where_it_is()
    {
        var good = RegistryFixtures.Site(1);
        var bad = RegistryFixtures.Site(2);
        bad[RegistryField.IcpNumber] = "备案中";
        bad[RegistryField.ManagerEmail] = "zhangsan";
        bad[RegistryField.WebsiteType] = "门户";
        bad[RegistryField.SiteCode] = "4301030001";
        bad.ColumnAddresses[1] = "无";

        var result = await ImportAsync(RegistryFixtures.Workbook(good, bad));

        Assert.Equal(0, result.Imported);
        Assert.Equal(0, await CountAsync());
        Assert.Contains(result.Errors, e => e is { Sheet: RegistryLayout.BasicSheet, Row: 6, Column: "C列（ICP备案编号）" });
        Assert.Contains(result.Errors, e => e is { Row: 6, Column: "K列（负责人/电子邮箱）" } && e.Message.Contains("格式不正确"));
        Assert.Contains(result.Errors, e => e is { Row: 6, Column: "Q列（网站类型）" });
        Assert.Contains(result.Errors, e => e is { Row: 6, Column: "S列（网站标识码）" });
        // Blocks of 栏目表 start at rows 3 and 20: 首页网址, header, then 工作动态 is the 2nd kind.
        Assert.Contains(result.Errors, e => e is { Sheet: RegistryLayout.ColumnsSheet, Row: 23 } && e.Message.Contains("工作动态"));
        Assert.Equal(5, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.NotEqual(5, e.Row));
    }

    [Fact]
    public async Task Bad_signature_block_is_reported_once()
    {
        using var stream = new MemoryStream();
        RegistryWorkbookWriter.Write(stream, new RegistryWorkbookContent("天心区", [RegistryFixtures.Site(1), RegistryFixtures.Site(2)],
            RegistryFixtures.Signature with { Phone = "", FilledOn = "四月" }));

        var result = await ImportAsync(stream.ToArray());

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e is { Row: 8, Column: "K列（联系电话）" });
        Assert.Contains(result.Errors, e => e is { Row: 8, Column: "N列（填报日期）" } && e.Message.StartsWith("填报日期格式不正确"));
    }

    [Fact]
    public async Task Homepage_already_in_the_registry_is_refused()
    {
        Assert.Empty((await ImportAsync(RegistryFixtures.Workbook(RegistryFixtures.Site(1)))).Errors);

        var again = RegistryFixtures.Site(9, "SITE1.tianxin.gov.cn");
        var result = await ImportAsync(RegistryFixtures.Workbook(RegistryFixtures.Site(3), again));

        var error = Assert.Single(result.Errors);
        Assert.Equal((6, "D列（首页网址）"), (error.Row, error.Column));
        Assert.Contains("已在系统中登记", error.Message);
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task Unit_outside_the_importers_subtree_is_refused()
    {
        var result = await ImportAsync(RegistryFixtures.Workbook(RegistryFixtures.Site(1)), _otherCounty);

        var error = Assert.Single(result.Errors);
        Assert.Equal("E列（网站主管单位）", error.Column);
        Assert.Contains("不是“长沙市岳麓区人民政府办公室”或其下级单位", error.Message);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Damaged_file_is_one_file_error()
    {
        var result = await ImportAsync("not a workbook"u8.ToArray());

        Assert.Equal(ImportMessages.NotWorkbook, Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Xls_imports_like_xlsx()
    {
        var xls = BiffWorkbookBuilder.FromXlsx(RegistryFixtures.Workbook(RegistryFixtures.Site(1)));

        var result = await ImportAsync(xls);

        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Imported);
    }

    [Fact]
    public async Task Export_is_valid_OpenXml_and_reads_back_as_the_registry()
    {
        var sites = new[] { RegistryFixtures.Site(1), RegistryFixtures.Site(2) };
        Assert.Empty((await ImportAsync(RegistryFixtures.Workbook(sites))).Errors);

        using var output = new MemoryStream();
        await using (var context = _database.CreateContext())
        {
            Assert.Equal(2, await new RegistryExporter(context).ExportAsync(_county.Id, output, new DateOnly(2015, 4, 28)));
        }

        var file = output.ToArray();
        using (var document = SpreadsheetDocument.Open(new MemoryStream(file), false))
        {
            Assert.Empty(new OpenXmlValidator().Validate(document));
        }

        var parsed = RegistryFixtures.Parse(file);
        Assert.Empty(parsed.Errors);
        Assert.Equal("2015-04-28", parsed.Signature.FilledOn);
        for (var i = 0; i < sites.Length; i++)
        {
            Assert.Equal(sites[i].Values.Select(v => v ?? ""), parsed.Sites[i].Values);
            Assert.Equal(sites[i].ColumnNames, parsed.Sites[i].ColumnNames);
            Assert.Equal(sites[i].ColumnAddresses, parsed.Sites[i].ColumnAddresses);
        }

        var basic = XlsxGridReader.Read(file, new ImportLimits())[0];
        Assert.Equal("填表单位（盖章）：长沙市天心区人民政府办公室", basic.Text(2, 1));
    }

    [Fact]
    public async Task Command_line_imports_then_exports_and_exits_1_on_errors()
    {
        var folder = Path.Combine(Path.GetTempPath(), "pucha-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var good = Path.Combine(folder, "good.xlsx");
            var bad = Path.Combine(folder, "bad.xlsx");
            var exported = Path.Combine(folder, "上报表.xlsx");
            await File.WriteAllBytesAsync(good, RegistryFixtures.Workbook(RegistryFixtures.Site(1), RegistryFixtures.Site(2)));
            var broken = RegistryFixtures.Site(3);
            broken[RegistryField.ContactMobile] = "123";
            await File.WriteAllBytesAsync(bad, RegistryFixtures.Workbook(broken));
            var db = _database.ConnectionString;

            Assert.Equal(0, await Cli.PuchaCommandLine.Create().Parse(["import", "registry", good, "--org", "430103", "--db", db]).InvokeAsync());
            Assert.Equal(1, await Cli.PuchaCommandLine.Create().Parse(["import", "registry", bad, "--org", "430103", "--db", db]).InvokeAsync());
            Assert.Equal(2, await Cli.PuchaCommandLine.Create().Parse(["import", "registry", bad, "--org", "999999", "--db", db]).InvokeAsync());
            Assert.Equal(2, await CountAsync());

            Assert.Equal(0, await Cli.PuchaCommandLine.Create().Parse(["export", "registry", "--org", "长沙市人民政府办公厅", "--output", exported, "--db", db]).InvokeAsync());
            Assert.Equal(2, RegistryFixtures.Parse(await File.ReadAllBytesAsync(exported)).Sites.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
