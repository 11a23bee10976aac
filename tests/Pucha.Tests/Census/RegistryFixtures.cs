using Pucha.Census.Excel;

namespace Pucha.Tests.Census;

/// <summary>Sites and workbooks made up for the tests.</summary>
internal static class RegistryFixtures
{
    public static RegistryRecord Site(int n, string host = "")
    {
        var site = new RegistryRecord();
        site[RegistryField.Region] = "湖南省长沙市天心区";
        site[RegistryField.SiteName] = $"天心区测试网站{n}";
        site[RegistryField.IcpNumber] = "湘ICP备05012345号";
        site[RegistryField.HomepageUrl] = $"http://{(host.Length > 0 ? host : $"site{n}.tianxin.gov.cn")}";
        site[RegistryField.SupervisingUnit] = "长沙市天心区人民政府办公室";
        site[RegistryField.OfficeAddress] = "湖南省长沙市天心区书院路1号";
        site[RegistryField.PrincipalName] = "张三";
        site[RegistryField.PrincipalTitle] = "主任";
        site[RegistryField.PrincipalOfficePhone] = "0731-85123456";
        site[RegistryField.PrincipalMobile] = "13812345678";
        site[RegistryField.PrincipalEmail] = "zhangsan@tianxin.gov.cn";
        site[RegistryField.ContactName] = "李四";
        site[RegistryField.ContactOfficePhone] = "0731-85123457";
        site[RegistryField.ContactMobile] = "13912345678";
        site[RegistryField.ContactEmail] = "lisi@tianxin.gov.cn";
        site[RegistryField.SponsorUnit] = "长沙市天心区人民政府办公室";
        site[RegistryField.SiteType] = "部门网站";
        site[RegistryField.PoliceRecordNumber] = "湘公网安备43010302000123号";
        site[RegistryField.SiteIdentifier] = "";
        var root = site[RegistryField.HomepageUrl];
        for (var k = 0; k < RegistryLayout.ColumnKinds.Count; k++)
        {
            site.ColumnNames[k] = k == 6 ? "无" : $"{RegistryLayout.ColumnKinds[k].Kind}栏目";
            site.ColumnAddresses[k] = k == 6 ? "无" : $"{root}/col{k}/";
        }

        return site;
    }

    public static byte[] Workbook(params RegistryRecord[] sites)
    {
        using var stream = new MemoryStream();
        RegistryWorkbookWriter.Write(stream, new RegistryWorkbookContent("长沙市天心区人民政府办公室", sites, new DateOnly(2015, 4, 20)));
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
