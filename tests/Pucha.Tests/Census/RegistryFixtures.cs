using Pucha.Features.Census.Excel;

namespace Pucha.Tests.Census;

/// <summary>Sites and workbooks made up for the tests.</summary>
internal static class RegistryFixtures
{
    public static readonly RegistrySignature Signature = new("王五", "赵六", "孙七", "0731-85123458", "2015-04-20");

    public static RegistryRecord Site(int n, string host = "")
    {
        var site = new RegistryRecord();
        site[RegistryField.DepartmentOrRegion] = "湖南省长沙市天心区";
        site[RegistryField.Name] = $"天心区测试网站{n}";
        site[RegistryField.IcpNumber] = "湘ICP备05012345号";
        site[RegistryField.HomepageUrl] = $"http://{(host.Length > 0 ? host : $"site{n}.tianxin.gov.cn")}";
        site[RegistryField.SupervisingUnit] = "长沙市天心区人民政府办公室";
        site[RegistryField.OfficeAddress] = "湖南省长沙市天心区书院路1号";
        site[RegistryField.ManagerName] = "张三";
        site[RegistryField.ManagerTitle] = "主任";
        site[RegistryField.ManagerOfficePhone] = "0731-85123456";
        site[RegistryField.ManagerMobile] = "13812345678";
        site[RegistryField.ManagerEmail] = "zhangsan@tianxin.gov.cn";
        site[RegistryField.ContactName] = "李四";
        site[RegistryField.ContactOfficePhone] = "0731-85123457";
        site[RegistryField.ContactMobile] = "13912345678";
        site[RegistryField.ContactEmail] = "lisi@tianxin.gov.cn";
        site[RegistryField.Sponsor] = "长沙市天心区人民政府办公室";
        site[RegistryField.WebsiteType] = "部门网站";
        site[RegistryField.PublicSecurityRecordNumber] = "湘公网安备43010302000123号";
        site[RegistryField.SiteCode] = "";
        var root = site[RegistryField.HomepageUrl];
        for (var k = 0; k < RegistryLayout.ColumnKinds.Count; k++)
        {
            site.ColumnNames[k] = k == 6 ? "无" : $"{RegistryLayout.KindLabel(RegistryLayout.ColumnKinds[k])}栏目";
            site.ColumnAddresses[k] = k == 6 ? "无" : $"{root}/col{k}/";
        }

        return site;
    }

    public static byte[] Workbook(params RegistryRecord[] sites)
    {
        using var stream = new MemoryStream();
        RegistryWorkbookWriter.Write(stream, new RegistryWorkbookContent("长沙市天心区人民政府办公室", sites, Signature));
        return stream.ToArray();
    }

    public static byte[] Template()
    {
        using var stream = new MemoryStream();
        RegistryWorkbookWriter.Write(stream, RegistryWorkbookContent.BlankTemplate);
        return stream.ToArray();
    }

    public static ParsedWorkbook Parse(byte[] file, ImportLimits? limits = null)
    {
        limits ??= new ImportLimits();
        var sheets = WorkbookFile.Classify(file) == ExcelFileKind.Xlsx
            ? XlsxGridReader.Read(file, limits)
            : XlsGridReader.Read(file, limits);
        return RegistryWorkbookParser.Parse(sheets, limits);
    }
}
