using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Pucha.Bench.Platform;
using Pucha.Core.Accounts;
using Pucha.Core.Organizations;
using Pucha.Core.Regions;
using Pucha.Core.Websites;
using Pucha.Data;
using Pucha.Data.Organizations;

// Usage: Pucha.Bench.Platform --db <connection string> --csv <gov_portals_2019.csv> [--count 100000] [--password <pw>]
// Fills a fresh platform database with the government offices of the portals' divisions, one reporting
// unit per division, and `count` websites (the portals and their departments' sites), then adds two
// accounts for the benchmark: bench-admin (平台管理员) and bench-hunan (湖南省 organizer).
var arguments = args.Select((value, index) => (value, index)).Where(p => p.value.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(p => p.value[2..], p => p.index + 1 < args.Length ? args[p.index + 1] : "");
if (!arguments.TryGetValue("db", out var connectionString) || !arguments.TryGetValue("csv", out var csv))
{
    Console.Error.WriteLine("usage: --db <connection string> --csv <gov_portals_2019.csv> [--count 100000] [--password <pw>]");
    return 2;
}

var count = arguments.TryGetValue("count", out var c) ? int.Parse(c, System.Globalization.CultureInfo.InvariantCulture) : 100_000;
var password = arguments.GetValueOrDefault("password") is { Length: > 0 } p ? p : "Bench#Pass2026";
var clock = Stopwatch.StartNew();

await using var db = new PuchaDbContext(PuchaDbContextOptions.Create(connectionString));
await PuchaDatabase.MigrateAsync(db);
if (await db.Websites.AnyAsync())
{
    Console.Error.WriteLine("the database already holds websites: seed a fresh one");
    return 1;
}

var root = await db.Organizations.FirstOrDefaultAsync(o => o.Kind == OrganizationKind.StateCouncilOffice)
           ?? (await new OrganizationStore(db).CreateAsync(new Organization { Name = "国务院办公厅", Kind = OrganizationKind.StateCouncilOffice })).Value!;
var portals = PortalRow.Read(csv);
Console.WriteLine($"{portals.Count} portals read ({clock.Elapsed.TotalSeconds:0.0} s)");

// --- Offices: province → city → county, as the portals' division codes name them.
var names = new Dictionary<string, string>();
foreach (var portal in portals)
{
    var code = portal.RegionCode;
    var level = RegionCode.LevelOf(code);
    var parts = portal.DivisionNames;
    names.TryAdd(RegionCode.ProvinceOf(code), parts[0]);
    if (level != RegionLevel.Province && parts.Count > 1)
        names.TryAdd(RegionCode.CityOf(code)!, parts[1]);
    if (level == RegionLevel.County && parts.Count > 2)
        names.TryAdd(code, parts[2]);
}

var offices = new Dictionary<string, Organization>();
foreach (var level in new[] { RegionLevel.Province, RegionLevel.City, RegionLevel.County })
{
    var batch = names.Keys.Where(code => RegionCode.LevelOf(code) == level).Order(StringComparer.Ordinal).ToList();
    foreach (var code in batch)
    {
        var parent = level switch
        {
            RegionLevel.Province => root,
            RegionLevel.City => offices.GetValueOrDefault(RegionCode.ProvinceOf(code)) ?? root,
            _ => offices.GetValueOrDefault(RegionCode.CityOf(code)!) ?? offices.GetValueOrDefault(RegionCode.ProvinceOf(code)) ?? root,
        };
        offices[code] = new Organization
        {
            Name = OfficeName(FullName(code), level), RegionCode = code, ParentId = parent.Id, Parent = parent,
            Kind = level switch
            {
                RegionLevel.Province => OrganizationKind.ProvincialGovernmentOffice,
                RegionLevel.City => OrganizationKind.CityGovernmentOffice,
                _ => OrganizationKind.CountyGovernmentOffice,
            },
            Path = "/pending/" + code + "/",
        };
    }

    await SaveWithPathsAsync(batch.Select(code => offices[code]).ToList());
}

var units = new Dictionary<string, Organization>();
foreach (var (code, office) in offices)
    units[code] = new Organization
    {
        Name = $"{FullName(code)}人民政府各部门", Kind = OrganizationKind.ReportingUnit, RegionCode = code,
        ParentId = office.Id, Parent = office, Path = "/pending/u" + code + "/",
    };
await SaveWithPathsAsync(units.Values.ToList());
Console.WriteLine($"{offices.Count} offices, {units.Count} reporting units ({clock.Elapsed.TotalSeconds:0.0} s)");

// --- Websites: every portal, then its departments' sites, round-robin over the portals until `count`.
string[] departments =
[
    "发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源局",
    "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局",
    "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局", "体育局", "信访局", "城市管理局", "数据资源管理局", "机关事务管理局",
    "人民防空办公室", "地方金融监督管理局", "乡村振兴局", "粮食和物资储备局", "民族宗教事务局", "档案局", "供销合作社", "公共资源交易中心",
];
var random = new Random(2019);
var usedUrls = new HashSet<string>(StringComparer.Ordinal);
var sequences = new Dictionary<string, int>();
var created = 0;
var batchSites = new List<Website>(5000);
for (var round = 0; created < count; round++)
{
    foreach (var portal in portals)
    {
        if (created >= count)
            break;
        var unit = units.GetValueOrDefault(portal.RegionCode) ?? units[RegionCode.ProvinceOf(portal.RegionCode)];
        var department = round == 0 ? null : departments[(round - 1) % departments.Length];
        var host = new Uri(portal.Url).Host;
        var url = department is null ? portal.Url : $"http://d{round:00}.{host}/";
        if (!usedUrls.Add(url))
            url = $"{url.TrimEnd('/')}/site{created}/";
        usedUrls.Add(url);
        batchSites.Add(NewSite(unit, portal, department, url));
        created++;
        if (batchSites.Count == 5000)
            await FlushAsync();
    }

    if (round > departments.Length + 1)
        break;
}

await FlushAsync();
Console.WriteLine($"{created} websites ({clock.Elapsed.TotalSeconds:0.0} s)");

var hunan = offices.GetValueOrDefault("430000") ?? offices.Values.First(o => o.Kind == OrganizationKind.ProvincialGovernmentOffice);
db.UserAccounts.Add(new UserAccount
{
    UserName = "bench-admin", DisplayName = "基准测试管理员", Role = AccountRole.PlatformAdministrator,
    PasswordHash = PasswordHasher.Hash(password, PasswordHasher.MinimumIterations),
});
db.UserAccounts.Add(new UserAccount
{
    UserName = "bench-hunan", DisplayName = "基准测试（湖南省）", Role = AccountRole.Organizer, OrganizationId = hunan.Id, OrganizationPath = hunan.Path,
    PasswordHash = PasswordHasher.Hash(password, PasswordHasher.MinimumIterations),
});
await db.SaveChangesAsync();
if (db.Provider == Pucha.Data.Infrastructure.DatabaseProvider.Sqlite)
    await db.Database.ExecuteSqlRawAsync("ANALYZE;"); // as after any bulk import; the platform also does it at start-up
else
    await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE \"Websites\";");
Console.WriteLine($"accounts bench-admin and bench-hunan ({hunan.Name}); done in {clock.Elapsed.TotalSeconds:0.0} s");
return 0;

string FullName(string code)
{
    var province = names.GetValueOrDefault(RegionCode.ProvinceOf(code), "");
    var level = RegionCode.LevelOf(code);
    var city = level == RegionLevel.Province ? null : names.GetValueOrDefault(RegionCode.CityOf(code)!);
    var county = level == RegionLevel.County ? names.GetValueOrDefault(code) : null;
    return RegionFullName.Build(province, city, county);
}

static string OfficeName(string fullName, RegionLevel level) =>
    level == RegionLevel.Province ? $"{fullName}人民政府办公厅" : $"{fullName}人民政府办公室";

// Insert with placeholder paths, then set each path from the generated id: two batched saves per level.
async Task SaveWithPathsAsync(List<Organization> batch)
{
    await using var transaction = await db.Database.BeginTransactionAsync();
    db.Organizations.AddRange(batch);
    await db.SaveChangesAsync();
    foreach (var unit in batch)
        unit.Path = OrganizationPath.Child(unit.Parent!.Path, unit.Id);
    await db.SaveChangesAsync();
    await transaction.CommitAsync();
}

Website NewSite(Organization unit, PortalRow portal, string? department, string url)
{
    var region = unit.RegionCode!;
    var full = FullName(region);
    var name = department is null ? portal.SiteName : $"{full}{department}";
    var roll = random.Next(100);
    var status = roll < 55 ? CensusStatus.Approved : roll < 75 ? CensusStatus.PendingReview : roll < 95 ? CensusStatus.NotSubmitted : CensusStatus.Returned;
    var sequence = sequences[region] = sequences.GetValueOrDefault(region) + 1;
    return new Website
    {
        OrganizationId = unit.Id, OrganizationPath = unit.Path, RegionCode = region, DepartmentOrRegion = full,
        Name = name.Length > WebsiteLimits.LongText ? name[..WebsiteLimits.LongText] : name,
        IcpNumber = $"{IcpPrefix(region)}ICP备{random.Next(5_000_000, 20_000_000):00000000}号",
        HomepageUrl = url, NormalizedHomepageUrl = HomepageUrls.Normalize(url),
        SupervisingUnit = department is null ? $"{full}人民政府办公室" : $"{full}{department}",
        OfficeAddress = $"{full}人民路{random.Next(1, 300)}号",
        ManagerName = "张" + (char)('一' + random.Next(0, 200)), ManagerTitle = "副主任", ManagerOfficePhone = $"0{random.Next(10, 999)}-{random.Next(2000000, 89999999)}",
        ManagerMobile = $"13{random.Next(100000000, 999999999)}", ManagerEmail = $"manager{sequence}@example.gov.cn",
        ContactName = "李" + (char)('一' + random.Next(0, 200)), ContactOfficePhone = $"0{random.Next(10, 999)}-{random.Next(2000000, 89999999)}",
        ContactMobile = $"15{random.Next(100000000, 999999999)}", ContactEmail = $"contact{sequence}@example.gov.cn",
        SignatoryHead = "王" + (char)('一' + random.Next(0, 200)), SignatoryReviewer = "赵" + (char)('一' + random.Next(0, 200)),
        SignatoryFiller = "钱" + (char)('一' + random.Next(0, 200)), SignatoryPhone = $"0{random.Next(10, 999)}-{random.Next(2000000, 89999999)}",
        FilledOn = new DateOnly(2019, 1 + random.Next(12), 1 + random.Next(28)),
        Sponsor = $"{full}人民政府", WebsiteType = department is null ? WebsiteType.Portal : WebsiteType.Department,
        PublicSecurityRecordNumber = $"{IcpPrefix(region)}公网安备{region}{random.Next(10000000, 99999999)}号",
        SiteCode = status == CensusStatus.Approved ? $"{region}{sequence:0000}" : null,
        Status = status,
    };
}

// Sites go in with plain multi-row INSERTs (100 rows a statement, one transaction per batch): the list
// benchmark needs the rows, not an audit line for each (EF with the audit interceptor takes ~12 minutes).
async Task FlushAsync()
{
    if (batchSites.Count == 0)
        return;
    var connection = db.Database.GetDbConnection();
    if (connection.State != System.Data.ConnectionState.Open)
        await connection.OpenAsync();
    await using var transaction = await connection.BeginTransactionAsync();
    var now = DateTime.UtcNow;
    foreach (var chunk in batchSites.Chunk(100))
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var rows = new List<string>(chunk.Length);
        for (var r = 0; r < chunk.Length; r++)
        {
            var cells = new List<string>(WebsiteColumns.Length);
            for (var c = 0; c < WebsiteColumns.Length; c++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"@p{r}_{c}";
                parameter.Value = WebsiteColumns[c].Value(chunk[r], now) ?? DBNull.Value;
                command.Parameters.Add(parameter);
                cells.Add(parameter.ParameterName);
            }

            rows.Add("(" + string.Join(",", cells) + ")");
        }

        command.CommandText = $"INSERT INTO \"Websites\" ({string.Join(",", WebsiteColumns.Select(c => $"\"{c.Name}\""))}) VALUES {string.Join(",", rows)}";
        await command.ExecuteNonQueryAsync();
    }

    await transaction.CommitAsync();
    batchSites.Clear();
    Console.WriteLine($"  {created} websites ({clock.Elapsed.TotalSeconds:0.0} s)");
}

static char IcpPrefix(string region) => ProvinceAbbreviations.ByProvinceCode.GetValueOrDefault(region[..2], '京');

/// <summary>The columns of the Websites table the seeder fills, with how to read each from a site.</summary>
internal static partial class Program
{
    internal static readonly (string Name, Func<Website, DateTime, object?> Value)[] WebsiteColumns =
    [
        ("OrganizationId", (w, _) => w.OrganizationId), ("OrganizationPath", (w, _) => w.OrganizationPath), ("RegionCode", (w, _) => w.RegionCode),
        ("DepartmentOrRegion", (w, _) => w.DepartmentOrRegion), ("Name", (w, _) => w.Name), ("IcpNumber", (w, _) => w.IcpNumber),
        ("HomepageUrl", (w, _) => w.HomepageUrl), ("NormalizedHomepageUrl", (w, _) => w.NormalizedHomepageUrl),
        ("SupervisingUnit", (w, _) => w.SupervisingUnit), ("OfficeAddress", (w, _) => w.OfficeAddress),
        ("ManagerName", (w, _) => w.ManagerName), ("ManagerTitle", (w, _) => w.ManagerTitle), ("ManagerOfficePhone", (w, _) => w.ManagerOfficePhone),
        ("ManagerMobile", (w, _) => w.ManagerMobile), ("ManagerEmail", (w, _) => w.ManagerEmail),
        ("ContactName", (w, _) => w.ContactName), ("ContactOfficePhone", (w, _) => w.ContactOfficePhone), ("ContactMobile", (w, _) => w.ContactMobile),
        ("ContactEmail", (w, _) => w.ContactEmail), ("SignatoryHead", (w, _) => w.SignatoryHead), ("SignatoryReviewer", (w, _) => w.SignatoryReviewer),
        ("SignatoryFiller", (w, _) => w.SignatoryFiller), ("SignatoryPhone", (w, _) => w.SignatoryPhone), ("FilledOn", (w, _) => w.FilledOn),
        ("Sponsor", (w, _) => w.Sponsor), ("WebsiteType", (w, _) => (int?)w.WebsiteType), ("PublicSecurityRecordNumber", (w, _) => w.PublicSecurityRecordNumber),
        ("SiteCode", (w, _) => w.SiteCode), ("Status", (w, _) => (int)w.Status),
        ("CreatedAt", (_, now) => now), ("UpdatedAt", (w, now) => now.AddMinutes(-w.OrganizationId % 5000)), ("Version", (_, _) => 1),
    ];
}
