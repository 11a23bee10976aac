// Census registry benchmark: builds a 10,000-site workbook from the real portals of
// ../shared/fixtures/datasets/gov_portals_2019.csv (repeated with varied host names; synthetic rows
// when the fixtures are absent), then on a fresh database per run times
//   import: read + check layout + validate every cell + check scope and duplicates + save in one transaction
//   export: query the subtree + write the 上报表 workbook
// Usage: dotnet run -c Release -- [--sites N] [--runs N] [--pg "Host=…;Username=…;Database=postgres"]
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Pucha.Features.Census;
using Pucha.Features.Census.Excel;
using Pucha.Data;
using Pucha.Testing;

var sites = Arg("--sites") is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 10_000;
var runs = Arg("--runs") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 3;
var pg = Arg("--pg");
// The postmaster's pid: the import's CPU in the PostgreSQL server processes is measured too (0: not measured).
var pgPid = Arg("--pg-pid") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : 0;
const int Units = 100;

var portals = LoadPortals();
Console.WriteLine($"portals from fixtures: {portals.Count} (0 = synthetic names)");
var workbook = BuildWorkbook(sites, portals);
Console.WriteLine($"workbook: {sites} sites, {workbook.Length / 1024.0 / 1024.0:F1} MB");

var parseClock = Stopwatch.StartNew();
var parseCpu = Process.GetCurrentProcess().TotalProcessorTime;
var parsedOnly = RegistryWorkbookParser.Parse(XlsxGridReader.Read(workbook, new ImportLimits()), new ImportLimits());
Console.WriteLine($"read and check layout only: {parseClock.Elapsed.TotalSeconds:F2} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - parseCpu).TotalSeconds:F2} s CPU ({parsedOnly.Sites.Count} sites, {parsedOnly.Errors.Count} errors)");

foreach (var provider in pg is null ? new[] { "sqlite" } : ["sqlite", "postgresql"])
{
    var imports = new List<double>();
    var exports = new List<double>();
    var importCpu = new List<double>();
    var exportCpu = new List<double>();
    long exportBytes = 0;
    for (var run = 1; run <= runs; run++)
    {
        var (connectionString, cleanup) = await CreateDatabaseAsync(provider, pg);
        try
        {
            int province;
            var setup = Stopwatch.StartNew();
            await using (var context = new PuchaDbContext(PuchaDbContextOptions.Create(connectionString)))
            {
                await PuchaDatabase.MigrateAsync(context);
                province = await CreateTreeAsync(context);
            }

            Console.WriteLine($"{provider} run {run}: database set up in {setup.Elapsed.TotalSeconds:F1} s (not timed)");
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var serverCpu = provider == "postgresql" ? ServerCpuSeconds(pgPid) : 0;
            await using (var context = new PuchaDbContext(PuchaDbContextOptions.Create(connectionString)))
            {
                var result = await new RegistryImporter(context, new ImportLimits(), TimeProvider.System)
                    .ImportAsync(new MemoryStream(workbook), "bench.xlsx", province);
                if (!result.Succeeded || result.Imported != sites)
                {
                    Console.WriteLine($"import failed with {result.Errors.Count} errors:");
                    foreach (var error in result.Errors.Take(10))
                    {
                        Console.WriteLine(error);
                    }

                    return 1;
                }
            }

            imports.Add(clock.Elapsed.TotalSeconds);
            importCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            var importServerCpu = provider == "postgresql" ? ServerCpuSeconds(pgPid) - serverCpu : 0;

            clock.Restart();
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            using var output = new MemoryStream();
            await using (var context = new PuchaDbContext(PuchaDbContextOptions.Create(connectionString)))
            {
                var count = await new RegistryExporter(context).ExportAsync(province, output, new DateOnly(2019, 6, 1));
                if (count != sites)
                {
                    throw new InvalidOperationException($"exported {count} sites");
                }
            }

            exports.Add(clock.Elapsed.TotalSeconds);
            exportCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds);
            exportBytes = output.Length;
            Console.WriteLine($"{provider} run {run}: import {imports[^1]:F2} s wall / {importCpu[^1]:F2} s CPU" +
                              (pgPid > 0 && provider == "postgresql" ? $" + {importServerCpu:F2} s PostgreSQL server CPU, " : ", ") +
                              $"export {exports[^1]:F2} s wall / {exportCpu[^1]:F2} s CPU ({exportBytes / 1024.0 / 1024.0:F1} MB); load average {LoadAverage()}");
        }
        finally
        {
            await cleanup();
        }
    }

    if (runs == 0)
    {
        continue;
    }

    foreach (var list in new[] { imports, exports, importCpu, exportCpu })
    {
        list.Sort();
    }

    Console.WriteLine($"RESULT {provider}: import {sites} sites median {imports[runs / 2]:F2} s wall (min {imports[0]:F2}) / {importCpu[runs / 2]:F2} s CPU; " +
                      $"export median {exports[runs / 2]:F2} s wall (min {exports[0]:F2}) / {exportCpu[runs / 2]:F2} s CPU; export file {exportBytes / 1024.0 / 1024.0:F1} MB");
}

return 0;

// utime + stime of the postmaster and its children (the backends), from /proc, in seconds.
static double ServerCpuSeconds(int postmaster)
{
    if (postmaster <= 0)
    {
        return 0;
    }

    long ticks = 0;
    foreach (var dir in Directory.EnumerateDirectories("/proc"))
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var pid = int.Parse(Path.GetFileName(dir), CultureInfo.InvariantCulture);
            if (pid == postmaster || int.Parse(fields[1], CultureInfo.InvariantCulture) == postmaster)
            {
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            // Not a process directory, or the process ended meanwhile.
        }
    }

    return ticks / 100.0; // USER_HZ is 100 on Linux
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

string? Arg(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static List<(string Name, string Host)> LoadPortals()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (!File.Exists(Path.Combine(dir.FullName, "Pucha.slnx")))
        {
            continue;
        }

        var csv = Path.Combine(dir.FullName, "..", "shared", "fixtures", "datasets", "gov_portals_2019.csv");
        if (!File.Exists(csv))
        {
            return [];
        }

        var result = new List<(string Name, string Host)>();
        foreach (var line in File.ReadLines(csv).Skip(1))
        {
            // "id","gov_id","gov_code","gov_name","site_name","site_type_code","entry_type_code","index_url",…
            var fields = line.Split("\",\"");
            if (fields.Length < 8 || !Uri.TryCreate(fields[7], UriKind.Absolute, out var url))
            {
                continue;
            }

            result.Add((fields[4], url.Host.ToLowerInvariant()));
        }

        // The list names some portals twice: one row per host.
        return result.DistinctBy(p => p.Host).ToList();
    }

    return [];
}

static byte[] BuildWorkbook(int count, List<(string Name, string Host)> portals)
{
    var records = new List<RegistryRecord>(count);
    for (var i = 0; i < count; i++)
    {
        var (name, host) = portals.Count > 0 ? portals[i % portals.Count] : ($"测试网站{i}", $"www.site{i}.gov.cn");
        // Repeats of a portal get their own host name so every homepage is distinct.
        var round = portals.Count > 0 ? i / portals.Count : 0;
        var siteHost = round == 0 ? host : $"r{round}.{host}";
        var url = $"http://{siteHost}";
        var record = new RegistryRecord();
        record[RegistryField.DepartmentOrRegion] = "湖南省长沙市天心区";
        record[RegistryField.Name] = round == 0 ? name : $"{name}（{round}）";
        record[RegistryField.IcpNumber] = $"湘ICP备{10000000 + i}号";
        record[RegistryField.HomepageUrl] = url;
        record[RegistryField.SupervisingUnit] = $"天心区第{i % Units + 1}填报单位";
        record[RegistryField.OfficeAddress] = $"湖南省长沙市天心区书院路{i % 500 + 1}号";
        record[RegistryField.ManagerName] = "张三";
        record[RegistryField.ManagerTitle] = "主任";
        record[RegistryField.ManagerOfficePhone] = $"0731-8{i % 10_000_000:D7}";
        record[RegistryField.ManagerMobile] = $"138{i % 100_000_000:D8}";
        record[RegistryField.ManagerEmail] = $"fzr{i}@tianxin.gov.cn";
        record[RegistryField.ContactName] = "李四";
        record[RegistryField.ContactOfficePhone] = $"0731-5{i % 10_000_000:D7}";
        record[RegistryField.ContactMobile] = i % 10 == 0 ? "无" : $"139{i % 100_000_000:D8}";
        record[RegistryField.ContactEmail] = $"lxr{i}@tianxin.gov.cn";
        record[RegistryField.Sponsor] = "长沙市天心区人民政府办公室";
        record[RegistryField.WebsiteType] = i % 7 == 0 ? "政府门户网站" : "部门网站";
        record[RegistryField.PublicSecurityRecordNumber] = $"湘公网安备{43010302000000L + i}号";
        record[RegistryField.SiteCode] = "";
        for (var k = 0; k < RegistryLayout.ColumnKinds.Count; k++)
        {
            if (k is 6 or 10 or 13)
            {
                record.ColumnNames[k] = "无";
                record.ColumnAddresses[k] = "无";
            }
            else if (k == 1)
            {
                record.ColumnNames[k] = "工作动态；部门动态";
                record.ColumnAddresses[k] = $"{url}/gzdt/；{url}/bmdt/";
            }
            else
            {
                record.ColumnNames[k] = RegistryLayout.KindLabel(RegistryLayout.ColumnKinds[k]);
                record.ColumnAddresses[k] = $"{url}/col{k}/";
            }
        }

        records.Add(record);
    }

    using var stream = new MemoryStream();
    RegistryWorkbookWriter.Write(stream, new RegistryWorkbookContent("湖南省人民政府办公厅", records,
        new RegistrySignature("王五", "赵六", "孙七", "0731-88888888", "2019-05-20")));
    return stream.ToArray();
}

// The tests' census tree (tests/Pucha.Testing/CensusTree.cs, linked as source) plus the workbook's 100 units under its county.
static async Task<int> CreateTreeAsync(PuchaDbContext context)
{
    var tree = await CensusTree.CreateAsync(context);
    await CensusTree.AddUnitsAsync(context, tree.County, Units, u => $"天心区第{u}填报单位");
    return tree.Province.Id;
}

static async Task<(string ConnectionString, Func<Task> Cleanup)> CreateDatabaseAsync(string provider, string? server)
{
    if (provider == "sqlite")
    {
        var directory = Path.Combine(Path.GetTempPath(), "pucha-bench-census-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        Task DeleteFolder()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
            return Task.CompletedTask;
        }

        return ($"Data Source={Path.Combine(directory, "pucha.db")}", DeleteFolder);
    }

    var name = "pucha_bench_census_" + Guid.NewGuid().ToString("N");
    await using (var connection = new NpgsqlConnection(server))
    {
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    async Task DropDatabase()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    return (new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, DropDatabase);
}
